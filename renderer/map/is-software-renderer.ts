/**
 * Renderer names of WebGL implementations that draw on the CPU: SwiftShader (Chromium without a usable GPU,
 * headless, many VMs), Mesa's llvmpipe / softpipe / lavapipe / swrast (Linux without a GPU driver, remote
 * desktops), Microsoft Basic Render Driver (Windows without a GPU driver, RDP sessions, VMs) and Apple's
 * software renderer.
 */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|lavapipe|swrast|microsoft basic render|software (?:rasteri[sz]er|renderer|adapter)/i;

/**
 * Whether WebGL runs in software, from the unmasked renderer string (`WEBGL_debug_renderer_info`'s
 * `UNMASKED_RENDERER_WEBGL`, or `RENDERER` where the browser no longer masks it). Unknown (`null`, empty)
 * counts as hardware: the map then keeps its antialiasing.
 *
 * @example
 * isSoftwareRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)'); // true
 * isSoftwareRenderer('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)'); // false
 */
export function isSoftwareRenderer(unmaskedRenderer: string | null | undefined): boolean {
  if (typeof unmaskedRenderer !== 'string' || unmaskedRenderer.trim() === '') return false;
  return SOFTWARE.test(unmaskedRenderer);
}
