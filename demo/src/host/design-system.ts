import sapFioriBridge from '@coachwork/widgets/bridges/sap-fiori.css?url';
import material3Bridge from '@coachwork/widgets/bridges/material3.css?url';
import sapHorizonSample from '../styles/design-systems/sap-horizon-northwind.css?url';
import material3Sample from '../styles/design-systems/material3-northwind.css?url';

/**
 * `?bridge=sap-fiori|material3` dresses the page in a host design system: the system's own variables
 * (a sample, as the portal's theme would set them) plus Coachwork's bridge for it, each one `<link>`,
 * the way a portal adds the bridge. Without `?bridge` the page keeps its own look and the widgets theirs.
 */
const designSystems = [
  { id: 'none', label: 'PeopleHub default', sheets: [] },
  { id: 'sap-fiori', label: 'SAP Fiori (Horizon)', sheets: [sapHorizonSample, sapFioriBridge] },
  { id: 'material3', label: 'Material 3', sheets: [material3Sample, material3Bridge] },
] as const;

export type DesignSystemId = (typeof designSystems)[number]['id'];

/** Adds the chosen system's stylesheets to <head>; returns its id. */
export function applyDesignSystem(): DesignSystemId {
  const asked = new URLSearchParams(location.search).get('bridge');
  const system = designSystems.find((candidate) => candidate.id === asked) ?? designSystems[0];
  for (const href of system.sheets) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    document.head.append(link);
  }
  document.documentElement.dataset['designSystem'] = system.id;
  return system.id;
}

/** Links to this page in each design system (other query parameters kept), the current one marked. */
export function renderDesignSystemSwitcher(slot: Element, current: DesignSystemId): void {
  const list = document.createElement('ul');
  for (const system of designSystems) {
    const params = new URLSearchParams(location.search);
    if (system.id === 'none') params.delete('bridge');
    else params.set('bridge', system.id);
    const link = document.createElement('a');
    link.href = `?${params.toString()}`;
    link.textContent = system.label;
    if (system.id === current) link.setAttribute('aria-current', 'page');
    const item = document.createElement('li');
    item.append(link);
    list.append(item);
  }
  slot.replaceChildren(list);
}
