import { createWorkspace } from '../../local/emulator';
import { buttonsIn, cardJson, cardsIn, clickButton, clickEvent, findWidgets } from '../../local/emulator/card';

/** A deposit form as the add-on might show it: inputs, two approve buttons, a link, a disabled button. */
function depositCard(): any {
  const CardService = createWorkspace().globals.CardService;
  const act = (fn: string, params: Record<string, string> = {}) => CardService.newAction().setFunctionName(fn).setParameters(params);
  const card = CardService.newCardBuilder()
    .setHeader(CardService.newCardHeader().setTitle('Setoran'))
    .addSection(
      CardService.newCardSection()
        .addWidget(CardService.newTextInput().setFieldName('amount').setTitle('Jumlah'))
        .addWidget(CardService.newTextInput().setFieldName('note').setTitle('Catatan').setValue('tunai'))
        .addWidget(CardService.newSelectionInput().setFieldName('kind').setType(CardService.SelectionInputType.RADIO_BUTTON).addItem('Wajib', 'wajib', true).addItem('Sukarela', 'sukarela', false))
        .addWidget(CardService.newDatePicker().setFieldName('date').setTitle('Tanggal').setValueInMsSinceEpoch(1767571200000)),
    )
    .addSection(
      CardService.newCardSection()
        .addWidget(CardService.newDecoratedText().setText('A-0001 Siti').setButton(CardService.newTextButton().setText('Setujui').setOnClickAction(act('approve', { id: 'A-0001' }))))
        .addWidget(CardService.newDecoratedText().setText('A-0002 Rina').setButton(CardService.newTextButton().setText('Setujui').setOnClickAction(act('approve', { id: 'A-0002' }))))
        .addWidget(CardService.newButtonSet()
          .addButton(CardService.newTextButton().setText('Panduan').setOpenLink(CardService.newOpenLink().setUrl('https://g.example')))
          .addButton(CardService.newTextButton().setText('Hapus').setDisabled(true).setOnClickAction(act('remove')))),
    )
    .setFixedFooter(CardService.newFixedFooter().setPrimaryButton(CardService.newTextButton().setText('Simpan').setOnClickAction(act('saveDeposit', { form: 'deposit' }))))
    .build();
  return cardJson(card);
}

describe('card inspection', () => {
  it('findWidgets finds widgets across sections by a predicate', () => {
    const tree = depositCard();
    expect(findWidgets(tree)).toHaveLength(7);
    expect(findWidgets(tree, (w) => 'textInput' in w).map((w) => w.textInput.name)).toEqual(['amount', 'note']);
  });

  it('cardsIn reads the cards a response pushes or updates', () => {
    const tree = depositCard();
    const response = { renderActions: { action: { navigations: [{ pop: true }, { pushCard: tree }, { updateCard: tree }] } } };
    expect(cardsIn(response)).toEqual([tree, tree]);
    expect(cardsIn(tree)).toEqual([tree]);
  });

  it('buttonsIn lists what a user can click, in reading order', () => {
    expect(buttonsIn(depositCard()).map((b) => b.text)).toEqual(['Setujui', 'Setujui', 'Panduan', 'Hapus', 'Simpan']);
  });

  describe('clickButton', () => {
    it('returns the function and string parameters of the button', () => {
      expect(clickButton(depositCard(), 'Simpan')).toEqual({ function: 'saveDeposit', parameters: { form: 'deposit' } });
    });

    it('asks which one when several buttons read the same, and nth picks it', () => {
      const tree = depositCard();
      expect(() => clickButton(tree, 'Setujui')).toThrow('2 buttons read "Setujui": pass { nth } to choose one');
      expect(clickButton(tree, 'Setujui', { nth: 1 })).toEqual({ function: 'approve', parameters: { id: 'A-0002' } });
    });

    it('refuses a missing button and lists the ones there are', () => {
      expect(() => clickButton(depositCard(), 'Batal')).toThrow('No button "Batal" on the card; buttons: "Setujui", "Setujui", "Panduan", "Hapus", "Simpan"');
    });

    it('refuses a disabled button and a button that only opens a link', () => {
      const tree = depositCard();
      expect(() => clickButton(tree, 'Hapus')).toThrow('Button "Hapus" is disabled: a user cannot click it');
      expect(() => clickButton(tree, 'Panduan')).toThrow('Button "Panduan" runs no function');
    });
  });

  describe('clickEvent', () => {
    it('builds Google\'s event: parameters, and formInputs shaped per widget with the card\'s current values', () => {
      const { function: fn, event } = clickEvent(depositCard(), 'Simpan', { amount: '50000' });
      expect(fn).toBe('saveDeposit');
      expect(event.commonEventObject.parameters).toEqual({ form: 'deposit' });
      expect(event.parameters).toEqual({ form: 'deposit' });
      expect(event.commonEventObject.formInputs).toEqual({
        amount: { stringInputs: { value: ['50000'] } },
        note: { stringInputs: { value: ['tunai'] } },
        kind: { stringInputs: { value: ['wajib'] } },
        date: { dateInput: { msSinceEpoch: 1767571200000 } },
      });
    });

    it('takes several choices, a Date, and leaves out a field the user emptied', () => {
      const { event } = clickEvent(depositCard(), 'Simpan', { kind: ['wajib', 'sukarela'], date: new Date(Date.UTC(2026, 1, 1)), note: '' });
      const inputs = event.commonEventObject.formInputs;
      expect(inputs.kind).toEqual({ stringInputs: { value: ['wajib', 'sukarela'] } });
      expect(inputs.date).toEqual({ dateInput: { msSinceEpoch: 1769904000000 } });
      expect('note' in inputs).toBe(false);
      expect('amount' in inputs).toBe(false);
    });

    it('refuses an input the card does not have', () => {
      expect(() => clickEvent(depositCard(), 'Simpan', { jumlah: '5' })).toThrow('No input "jumlah" on the card; inputs: amount, note, kind, date');
    });
  });
});
