import { html } from '@open-wc/testing';
import '../define/quality-heatmap.js';
import { frameWidget } from '../shared/testing/framed.js';
import { devTokenProvider } from '../shared/testing/gateway.js';
import type { HeatmapData, QualityHeatmap } from './quality-heatmap.js';

/** The seeded organisation admin, who may read every heatmap. */
export const HEATMAP_ADMIN = 'tom.becker@northwind.example';

/** A heatmap in its themed screenshot frame, signed in as `email` when given, or showing `data`. */
export function mountHeatmap(options: {
  gateway: string;
  /** The gateway's base URL for /dev/token when `gateway` is spelled differently. */
  tokenGateway?: string;
  email?: string;
  theme?: string;
  locale?: string;
  data?: HeatmapData;
  /** The frame's width, wide enough for the columns the test expects. */
  width?: number;
}): QualityHeatmap {
  return frameWidget<QualityHeatmap>(
    html`<cw-quality-heatmap
      gateway=${options.gateway}
      locale=${options.locale ?? 'en'}
      theme=${options.theme ?? 'light'}
      .tokenProvider=${
        options.email
          ? devTokenProvider(options.tokenGateway ?? options.gateway, { email: options.email })
          : undefined
      }
      .data=${options.data}
    ></cw-quality-heatmap>`,
    { size: `width: ${options.width ?? 1100}px`, theme: options.theme },
  );
}

/** The cells that show a figure (not withheld). */
export const shownFigures = (el: QualityHeatmap): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="gridcell"]:not(.suppressed)'),
];
