// Writes the sample upload files under proxy/stand-in/sample-uploads/ from the generator, after
// a change to the sample data: `npx tsx proxy/stand-in/write-sample-uploads.ts`.
import { writeFileSync } from 'node:fs';
import { OBJECT_TYPES } from '../contract';
import { sampleUploadFileName, sampleUploadText } from './sample-uploads';

for (const objectType of OBJECT_TYPES) {
  const url = new URL(`sample-uploads/${sampleUploadFileName(objectType)}`, import.meta.url);
  writeFileSync(url, sampleUploadText(objectType));
  console.log(`wrote ${url.pathname}`);
}
