import { checkAllowed, checkNotSamePerson } from '../../src/domain/roles';

const emails = { ketua: ['ketua@kop.id'], sekretaris: [''], bendahara: ['bendahara@kop.id'], pengawas: [] };

describe('roles', () => {
  describe('checkAllowed', () => {
    it('lets a manager do what her role allows, whatever the case of her email', () => {
      expect(() => checkAllowed('approve_loan', 'Ketua@Kop.id', emails)).not.toThrow();
    });

    it('refuses a blank acting email even where a role row was left blank: nobody is never a match', () => {
      expect(() => checkAllowed('record_savings', '', emails)).toThrow(expect.objectContaining({ code: 'NOT_ALLOWED' }));
      expect(() => checkAllowed('record_loan_application', '  ', emails)).toThrow(expect.objectContaining({ code: 'NOT_ALLOWED' }));
    });
  });

  describe('checkNotSamePerson', () => {
    it('refuses the recorder, and refuses when either side is blank instead of skipping the check', () => {
      expect(() => checkNotSamePerson('sekretaris@kop.id', 'SEKRETARIS@kop.id')).toThrow(expect.objectContaining({ code: 'SAME_PERSON_APPROVES' }));
      expect(() => checkNotSamePerson('', 'ketua@kop.id')).toThrow(expect.objectContaining({ code: 'RECORDER_UNKNOWN' }));
      expect(() => checkNotSamePerson('sekretaris@kop.id', '')).toThrow(expect.objectContaining({ code: 'RECORDER_UNKNOWN' }));
      expect(() => checkNotSamePerson('sekretaris@kop.id', 'ketua@kop.id')).not.toThrow();
    });
  });
});
