import { isSoftwareRenderer } from './is-software-renderer';

/** The WebGL context attributes every MapLibre map of the app is created with. */
export interface MapCanvasAttributes {
  readonly antialias: boolean;
  readonly preserveDrawingBuffer: boolean;
}

let probed: string | null | undefined;

/**
 * The unmasked WebGL renderer name of this browser, probed once on a throwaway canvas whose context is
 * released at once; null where WebGL or the name is unavailable.
 */
export function webglRendererName(): string | null {
  if (probed !== undefined) return probed;
  probed = null;
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    if (gl) {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const name: unknown = gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER);
      probed = typeof name === 'string' ? name : null;
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    probed = null;
  }
  return probed;
}

/**
 * Where WebGL is software (SwiftShader, llvmpipe, Microsoft Basic Render Driver) the maps draw without
 * multisampling and without keeping the drawing buffer after each frame, which roughly halves the time of
 * a frame of many polygons there (issue 16.3). Snapshots do not need the kept buffer: MapView copies the
 * canvas inside the `render` event, while the frame is still in it. On a GPU both stay on.
 *
 * @example
 * new maplibregl.Map({ container, style, canvasContextAttributes: mapCanvasAttributes() });
 */
export function mapCanvasAttributes(rendererName: string | null = webglRendererName()): MapCanvasAttributes {
  const software = isSoftwareRenderer(rendererName);
  return { antialias: !software, preserveDrawingBuffer: !software };
}
