import { defineCommand } from '../defineCommand.js';
import { PtvrError } from '../../core/errors.js';

// Placeholder until the owning issue lands; replaced, never shipped as "done".
export const validateCommand = defineCommand({
  command: 'validate',
  describe: '(not implemented yet)',
  builder: (y) => y,
  run: async () => {
    throw new PtvrError('PTVR_INTERNAL', 'validate is not implemented yet');
  },
});
