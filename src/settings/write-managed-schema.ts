import { writeFileSync } from 'node:fs';
import { managedStorageSchemaText } from './managed-schema';

// `npx tsx src/settings/write-managed-schema.ts` after a change of the policy schema;
// tests/unit/settings-managed-schema.test.ts fails while the file is stale.
writeFileSync('public/managed_schema.json', managedStorageSchemaText());
