import { bootHostPage } from '../host/boot.js';

// The people running the coaching programs look at leadership health: the seed's Priya Raman.
void bootHostPage({ defaultEmail: 'priya.raman@northwind.example', defaultRole: 'PROGRAM_ADMIN' });
