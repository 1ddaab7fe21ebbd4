import { bootHostPage } from '../host/boot.js';

// A manager with a coached team: the seed's Javier Moreno.
void bootHostPage({ defaultEmail: 'javier.moreno@northwind.example', defaultRole: 'MANAGER' });
