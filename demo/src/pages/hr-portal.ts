import { bootHostPage } from '../host/boot.js';
import { applyDesignSystem, renderDesignSystemSwitcher } from '../host/design-system.js';

// Before the widgets mount, so they render in the chosen design system from the start.
const designSystem = applyDesignSystem();
const switcher = document.querySelector('[data-design-system-switcher]');
if (switcher) renderDesignSystemSwitcher(switcher, designSystem);

// The people running the coaching programs look at leadership health: the seed's Priya Raman.
void bootHostPage({ defaultEmail: 'priya.raman@northwind.example', defaultRole: 'PROGRAM_ADMIN' });
