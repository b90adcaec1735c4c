import { writeFileSync } from 'node:fs';
import { policyJsonSchemaText } from './json-schema';

writeFileSync(new URL('../../policies/schema.json', import.meta.url), policyJsonSchemaText());
