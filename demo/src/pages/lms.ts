import { bootHostPage } from '../host/boot.js';

// A manager new in role taking the course, enrolled in coaching: the seed's Lucía Fernández.
void bootHostPage({ defaultEmail: 'lucia.fernandez@northwind.example', defaultRole: 'PARTICIPANT' });
