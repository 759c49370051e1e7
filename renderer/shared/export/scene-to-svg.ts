import type { Mark, Scene } from './scene';
import { svgDocument, svgElement, svgNumber, svgText } from './svg-writer';

/** One mark as an SVG element (`images`: data URLs of the image marks by key; without one it is left out). */
function markToSvg(mark: Mark, images: Readonly<Record<string, string>>): string {
  switch (mark.kind) {
    case 'rect':
      return svgElement('rect', { x: mark.x, y: mark.y, width: mark.width, height: mark.height, rx: mark.radius, fill: mark.fill, stroke: mark.stroke, 'stroke-width': mark.strokeWidth, opacity: mark.opacity });
    case 'line':
      return svgElement('line', { x1: mark.x1, y1: mark.y1, x2: mark.x2, y2: mark.y2, stroke: mark.stroke, 'stroke-width': mark.width, 'stroke-dasharray': mark.dash?.map(svgNumber).join(' ') });
    case 'path': {
      const d = mark.points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${svgNumber(x)} ${svgNumber(y)}`).join(' ') + (mark.closed ? ' Z' : '');
      return svgElement('path', { d, fill: mark.fill ?? 'none', stroke: mark.stroke, 'stroke-width': mark.strokeWidth });
    }
    case 'circle':
      return svgElement('circle', { cx: mark.cx, cy: mark.cy, r: mark.r, fill: mark.fill, stroke: mark.stroke, 'stroke-width': mark.strokeWidth, opacity: mark.opacity });
    case 'text':
      return svgElement(
        'text',
        {
          x: mark.x,
          y: mark.y,
          'font-size': mark.size,
          'font-weight': mark.weight === 400 ? undefined : mark.weight,
          fill: mark.colour,
          'text-anchor': mark.anchor === 'start' ? undefined : mark.anchor,
          transform: mark.rotate ? `rotate(${svgNumber(mark.rotate)} ${svgNumber(mark.x)} ${svgNumber(mark.y)})` : undefined,
        },
        svgText(mark.text),
      );
    case 'image': {
      const href = images[mark.key];
      return href ? svgElement('image', { href, x: mark.x, y: mark.y, width: mark.width, height: mark.height, preserveAspectRatio: 'none' }) : '';
    }
  }
}

/**
 * A scene as a standalone SVG file: its background, then each part as a group named after it.
 *
 * @example
 * sceneToSvg({ width: 100, height: 40, background: '#fff', font: 'Arial', title: 'T', parts: [] }).startsWith('<?xml') // true
 */
export function sceneToSvg(scene: Scene, images: Readonly<Record<string, string>> = {}): string {
  const body = [
    svgElement('rect', { width: scene.width, height: scene.height, fill: scene.background }),
    ...scene.parts.map((part) =>
      svgElement(
        'g',
        { id: part.name },
        part.marks
          .map((m) => markToSvg(m, images))
          .filter(Boolean)
          .map((line) => `\n${line}`)
          .concat('\n'),
      ),
    ),
  ];
  return svgDocument({ width: scene.width, height: scene.height, title: scene.title, font: scene.font }, body);
}
