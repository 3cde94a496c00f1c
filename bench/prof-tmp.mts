import { measureLintUpload, measureVerifyCompare } from './verify';

const which = process.argv[2];
if (which === 'compare') console.log(await measureVerifyCompare());
else console.log(await measureLintUpload());
