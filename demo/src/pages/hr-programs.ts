import { bootHostPage } from '../host/boot.js';
import { applyDesignSystem } from '../host/design-system.js';

// The HR portal's "Coaching programs" page, in the portal's design system like its home page.
applyDesignSystem();

// Programs are run by program admins: the seed's Priya Raman.
void bootHostPage({ defaultEmail: 'priya.raman@northwind.example', defaultRole: 'PROGRAM_ADMIN' });
