/**
 * The story as one self-contained HTML file: every view as its print-quality PNG (embedded as `data:`),
 * with its title, caption and speaker notes, and a few lines of inline script for the keys. Its own Content
 * Security Policy forbids every load but the embedded images, so it shows the same on any machine, offline.
 * Pure: the caller draws the images (`drawStoryImages`) and saves the text.
 *
 * @example
 * buildStoryHtml({ title: 'Kortrijk', language: 'nl', generatedAt: '2026-11-23T10:00:00Z', slides: [] });
 * // throws RangeError: a story needs at least one view
 */

export interface StoryHtmlSlide {
  readonly title: string;
  /** Where and what (the export model's subtitle), in the story's language; '' for none. */
  readonly subtitle?: string;
  readonly caption: string;
  readonly notes: string;
  readonly png: Uint8Array;
  /** Pixel size of the PNG (it is drawn at 2×: shown at half that in CSS pixels at most). */
  readonly width: number;
  readonly height: number;
}

export interface StoryHtmlInput {
  /** The document's title (e.g. the package's title). */
  readonly title: string;
  readonly language: 'nl' | 'en';
  /** When the file was made, as the footer shows it (e.g. `23-11-2026 10:00`). */
  readonly generatedAt: string;
  readonly slides: readonly StoryHtmlSlide[];
}

const WORDS = {
  nl: { keys: '→, spatie, PageDown: verder · ←, PageUp: terug · N: notities · F: volledig scherm', notes: 'Sprekersnotities', made: 'Gemaakt met Wijkzicht op', of: 'van' },
  en: { keys: '→, space, PageDown: forward · ←, PageUp: back · N: notes · F: full screen', notes: 'Speaker notes', made: 'Made with Wijkzicht on', of: 'of' },
} as const;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Base64 of bytes, in chunks (no call-stack limit on large images). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const STYLE = `
*{box-sizing:border-box}html,body{margin:0;height:100%;background:#fff;color:#1f2933;font-family:'Noto Sans',system-ui,sans-serif}
main{max-width:1400px;margin:0 auto;padding:16px}
.slide{margin:0 0 32px}.slide img{display:block;max-width:100%;height:auto;margin:0 auto;box-shadow:0 2px 12px rgb(0 0 0/18%)}
.slide h2{font-size:20px;margin:8px 0 0}.slide p{margin:4px 0}
.notes{display:none;white-space:pre-wrap;background:#fff8e1;border-left:4px solid #f4a261;padding:8px 12px;margin-top:8px}
body.show-notes .notes{display:block}
.deck .slide{display:none}.deck .slide.current{display:block}
.deck main{height:100%;display:flex;flex-direction:column;justify-content:center}
.deck .slide img{max-height:calc(100vh - 120px);width:auto}
footer{color:#52606d;font-size:13px;text-align:center;padding:8px}
@media print{.deck .slide{display:block}.slide{break-after:page}.slide:last-child{break-after:auto}.notes,footer{display:none!important}.slide img{box-shadow:none;max-height:none}}
`;

const SCRIPT = `
(function(){var s=[].slice.call(document.querySelectorAll('.slide'));if(!s.length)return;document.body.classList.add('deck');
var i=Math.max(0,Math.min(s.length-1,(parseInt(location.hash.slice(1),10)||1)-1));
function show(n){i=Math.max(0,Math.min(s.length-1,n));s.forEach(function(e,k){e.classList.toggle('current',k===i)});document.getElementById('pos').textContent=(i+1)+' / '+s.length;history.replaceState(null,'','#'+(i+1));}
document.addEventListener('keydown',function(e){var k=e.key;
if(k==='ArrowRight'||k==='PageDown'||k===' '||k==='ArrowDown')show(i+1);else if(k==='ArrowLeft'||k==='PageUp'||k==='ArrowUp')show(i-1);
else if(k==='Home')show(0);else if(k==='End')show(s.length-1);else if(k==='n'||k==='N')document.body.classList.toggle('show-notes');
else if((k==='f'||k==='F')&&document.documentElement.requestFullscreen)document.documentElement.requestFullscreen();else return;e.preventDefault();});
show(i);})();
`;

/** The HTML text of the story. Throws for an empty story or an image that is not a PNG. */
export function buildStoryHtml(input: StoryHtmlInput): string {
  if (input.slides.length === 0) throw new RangeError('A story needs at least one view to be saved as HTML.');
  input.slides.forEach((slide, i) => {
    if (!PNG_SIGNATURE.every((b, j) => slide.png[j] === b)) throw new TypeError(`View ${i + 1} (${slide.title}): its image is not a PNG.`);
    if (!(slide.width > 0 && slide.height > 0)) throw new RangeError(`View ${i + 1} (${slide.title}): the image has no size.`);
  });
  const w = WORDS[input.language];
  const slides = input.slides
    .map(
      (slide, i) => `<section class="slide" id="view-${i + 1}" aria-label="${escapeHtml(slide.title)}">
<img src="data:image/png;base64,${bytesToBase64(slide.png)}" width="${Math.round(slide.width / 2)}" height="${Math.round(slide.height / 2)}" alt="${escapeHtml([slide.title, slide.subtitle ?? '', slide.caption].filter((words) => words.trim() !== '').join(' — '))}">
${slide.notes ? `<aside class="notes" aria-label="${w.notes}">${escapeHtml(slide.notes)}</aside>` : ''}
</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${input.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wijkzicht">
<title>${escapeHtml(input.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${slides}
</main>
<footer><span id="pos">${input.slides.length} ${w.of} ${input.slides.length}</span> · ${w.keys} · ${w.made} ${escapeHtml(input.generatedAt)}</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
