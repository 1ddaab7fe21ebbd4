import { bootHostPage } from '../host/boot.js';

void bootHostPage({ defaultRole: 'PARTICIPANT' });
