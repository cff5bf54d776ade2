import { describe, expect, it } from 'vitest';
import { writeError } from '../../electron/export/export-error';

const errno = (code: string) => Object.assign(new Error(`${code}: failure`), { code });

describe('export write errors', () => {
  it('maps file-system failures to codes the UI can explain', () => {
    expect(writeError('/x/a.pdf', errno('ENOSPC'))).toMatchObject({ code: 'no_space', message: '/x/a.pdf: not written — the disk is full' });
    expect(writeError('/x/a.pdf', errno('EDQUOT'))).toMatchObject({ code: 'no_space' });
    expect(writeError('/x/a.pdf', errno('EACCES'))).toMatchObject({ code: 'no_permission', message: '/x/a.pdf: not written — no permission to write there' });
    expect(writeError('/x/a.pdf', errno('EROFS'))).toMatchObject({ code: 'no_permission' });
    expect(writeError('/x/a.pdf', errno('ENOENT'))).toMatchObject({ code: 'no_folder' });
    expect(writeError('/x/a.pdf', errno('EIO'))).toMatchObject({ code: 'io', message: '/x/a.pdf: not written — EIO: failure' });
  });
});
