import { describe, expect, it } from 'vitest';
import { isSoftwareRenderer } from '../../../renderer/map/is-software-renderer';
import { mapCanvasAttributes } from '../../../renderer/map/map-canvas-attributes';

// Renderer strings as browsers report them (UNMASKED_RENDERER_WEBGL).
const SOFTWARE = [
  'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
  'Google SwiftShader',
  'llvmpipe (LLVM 15.0.6, 256 bits)',
  'ANGLE (Mesa, llvmpipe (LLVM 15.0.7, 256 bits), OpenGL 4.5)',
  'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
  'Apple Software Renderer',
  'softpipe',
];
const HARDWARE = [
  'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 (0x00002503) Direct3D11 vs_5_0 ps_5_0, D3D11)',
  'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)',
  'ANGLE (Apple, ANGLE Metal Renderer: Apple M1, Unspecified Version)',
  'Mali-G78',
  'ANGLE (AMD, AMD Radeon(TM) Graphics (0x00001638) Direct3D11 vs_5_0 ps_5_0, D3D11)',
];

describe('isSoftwareRenderer', () => {
  it.each(SOFTWARE)('knows %s as software', (name) => expect(isSoftwareRenderer(name)).toBe(true));
  it.each(HARDWARE)('knows %s as a GPU', (name) => expect(isSoftwareRenderer(name)).toBe(false));
  it('counts an unknown renderer as hardware', () => {
    for (const name of [null, undefined, '', '   ', 'WebKit WebGL']) expect(isSoftwareRenderer(name)).toBe(false);
  });
});

describe('mapCanvasAttributes', () => {
  it('turns antialiasing and the kept drawing buffer off in software only', () => {
    expect(mapCanvasAttributes(SOFTWARE[0])).toEqual({ antialias: false, preserveDrawingBuffer: false });
    expect(mapCanvasAttributes(HARDWARE[0])).toEqual({ antialias: true, preserveDrawingBuffer: true });
    expect(mapCanvasAttributes(null)).toEqual({ antialias: true, preserveDrawingBuffer: true });
  });
});
