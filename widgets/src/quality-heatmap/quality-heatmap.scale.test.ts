import { expect } from '@open-wc/testing';
import * as d3 from 'd3-scale-chromatic';
import { interpolateCividis, interpolatePuOr } from './quality-heatmap.scale.js';

describe('heatmap colour ramps', () => {
  // 2,001 points across [0, 1] plus values outside it (clamped by both).
  const points = [-0.5, ...Array.from({ length: 2001 }, (_, i) => i / 2000), 1.5];

  it('cividis is d3-scale-chromatic’s, colour for colour', () => {
    for (const t of points) expect(interpolateCividis(t), `t = ${t}`).to.equal(d3.interpolateCividis(t));
  });

  it('PuOr is d3-scale-chromatic’s, colour for colour', () => {
    for (const t of points) expect(interpolatePuOr(t), `t = ${t}`).to.equal(d3.interpolatePuOr(t));
  });
});
