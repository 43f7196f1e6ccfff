import { createWorkspace } from '../../local/emulator';
import { cardJson } from '../../local/emulator/card';

type CS = GoogleAppsScript.Card_Service.CardService;
const cs = () => createWorkspace().globals.CardService;

/** A one-section card holding the given widget, for reading a widget's JSON. */
function widgetJson(CardService: CS, widget: GoogleAppsScript.Card_Service.Widget): unknown {
  const card = CardService.newCardBuilder().addSection(CardService.newCardSection().addWidget(widget)).build();
  return cardJson(card).sections[0].widgets[0];
}

describe('CardService builders', () => {
  it('a card with header, section, footer, card action and name prints google.apps.card.v1 JSON', () => {
    const CardService = cs();
    const card = CardService.newCardBuilder()
      .setHeader(CardService.newCardHeader().setTitle('Lumbung').setSubtitle('Koperasi Maju').setImageUrl('https://x/logo.png').setImageStyle(CardService.ImageStyle.CIRCLE))
      .addSection(CardService.newCardSection().setHeader('Saldo').setCollapsible(true).setNumUncollapsibleWidgets(1).addWidget(CardService.newTextParagraph().setText('Rp 150.000')))
      .setFixedFooter(CardService.newFixedFooter().setPrimaryButton(CardService.newTextButton().setText('Simpan').setOnClickAction(CardService.newAction().setFunctionName('onSave'))))
      .addCardAction(CardService.newCardAction().setText('Bantuan').setOpenLink(CardService.newOpenLink().setUrl('https://help.example')))
      .setName('home')
      .build();
    const expected = {
      header: { title: 'Lumbung', subtitle: 'Koperasi Maju', imageUrl: 'https://x/logo.png', imageType: 'CIRCLE' },
      sections: [{ header: 'Saldo', collapsible: true, uncollapsibleWidgetsCount: 1, widgets: [{ textParagraph: { text: 'Rp 150.000' } }] }],
      cardActions: [{ actionLabel: 'Bantuan', onClick: { openLink: { url: 'https://help.example' } } }],
      fixedFooter: { primaryButton: { text: 'Simpan', onClick: { action: { function: 'onSave' } } } },
      name: 'home',
    };
    expect(cardJson(card)).toEqual(expected);
    expect(JSON.parse(card.printJson())).toEqual(expected);
  });

  it('decoratedText carries labels, wrap, a known start icon, a button and an onClick', () => {
    const CardService = cs();
    const w = CardService.newDecoratedText()
      .setTopLabel('Anggota').setText('Siti Aminah').setBottomLabel('A-0001').setWrapText(true)
      .setIcon(CardService.Icon.PERSON)
      .setButton(CardService.newTextButton().setText('Buka').setOnClickAction(CardService.newAction().setFunctionName('openMember').setParameters({ id: 'A-0001' })))
      .setOnClickAction(CardService.newAction().setFunctionName('openMember'));
    expect(widgetJson(CardService, w)).toEqual({
      decoratedText: {
        topLabel: 'Anggota', text: 'Siti Aminah', bottomLabel: 'A-0001', wrapText: true,
        startIcon: { knownIcon: 'PERSON' },
        button: { text: 'Buka', onClick: { action: { function: 'openMember', parameters: [{ key: 'id', value: 'A-0001' }] } } },
        onClick: { action: { function: 'openMember' } },
      },
    });
  });

  it('decoratedText start icon from a url with alt text, or from an IconImage', () => {
    const CardService = cs();
    const byUrl = CardService.newDecoratedText().setText('t').setIconUrl('https://i/x.png').setIconAltText('x');
    expect(widgetJson(CardService, byUrl)).toEqual({ decoratedText: { text: 't', startIcon: { iconUrl: 'https://i/x.png', altText: 'x' } } });
    const byImage = CardService.newDecoratedText().setText('t').setStartIcon(CardService.newIconImage().setIcon(CardService.Icon.DOLLAR).setAltText('uang'));
    expect(widgetJson(CardService, byImage)).toEqual({ decoratedText: { text: 't', startIcon: { knownIcon: 'DOLLAR', altText: 'uang' } } });
  });

  it('textInput: name, label, hint, value, multi-line type and validation', () => {
    const CardService = cs();
    const w = CardService.newTextInput().setFieldName('amount').setTitle('Jumlah').setHint('Rupiah').setValue('50000').setMultiline(false)
      .setValidation(CardService.newValidation().setInputType(CardService.InputType.INTEGER).setCharacterLimit(12));
    expect(widgetJson(CardService, w)).toEqual({
      textInput: { name: 'amount', label: 'Jumlah', hintText: 'Rupiah', value: '50000', type: 'SINGLE_LINE', validation: { inputType: 'INTEGER', characterLimit: 12 } },
    });
    const note = CardService.newTextInput().setFieldName('note').setMultiline(true);
    expect(widgetJson(CardService, note)).toEqual({ textInput: { name: 'note', type: 'MULTIPLE_LINE' } });
  });

  it('selectionInput: type, name, label and items with string values', () => {
    const CardService = cs();
    const w = CardService.newSelectionInput().setType(CardService.SelectionInputType.DROPDOWN).setTitle('Jenis').setFieldName('kind')
      .addItem('Wajib', 'wajib', true).addItem('Sukarela', 'sukarela', false).addItem(3, 3, false);
    expect(widgetJson(CardService, w)).toEqual({
      selectionInput: {
        name: 'kind', label: 'Jenis', type: 'DROPDOWN',
        items: [{ text: 'Wajib', value: 'wajib', selected: true }, { text: 'Sukarela', value: 'sukarela', selected: false }, { text: '3', value: '3', selected: false }],
      },
    });
  });

  it('datePicker is a DATE_ONLY dateTimePicker whose valueMsEpoch is an int64 string', () => {
    const CardService = cs();
    const ms = Date.UTC(2026, 0, 5); // 1767571200000
    const w = CardService.newDatePicker().setFieldName('due').setTitle('Jatuh tempo').setValueInMsSinceEpoch(ms);
    expect(widgetJson(CardService, w)).toEqual({ dateTimePicker: { name: 'due', label: 'Jatuh tempo', type: 'DATE_ONLY', valueMsEpoch: '1767571200000' } });
  });

  it('buttonList: styled, coloured, disabled and link buttons', () => {
    const CardService = cs();
    const w = CardService.newButtonSet()
      .addButton(CardService.newTextButton().setText('Setujui').setTextButtonStyle(CardService.TextButtonStyle.FILLED).setBackgroundColor('#ff0000')
        .setOnClickAction(CardService.newAction().setFunctionName('approve').setParameters({ loan: 'P-2026-0001' }).setLoadIndicator(CardService.LoadIndicator.SPINNER)))
      .addButton(CardService.newTextButton().setText('Tolak').setDisabled(true).setOnClickAction(CardService.newAction().setFunctionName('reject')))
      .addButton(CardService.newTextButton().setText('Panduan').setOpenLink(CardService.newOpenLink().setUrl('https://g.example').setOpenAs(CardService.OpenAs.OVERLAY).setOnClose(CardService.OnClose.RELOAD)));
    expect(widgetJson(CardService, w)).toEqual({
      buttonList: {
        buttons: [
          { text: 'Setujui', type: 'FILLED', color: { red: 1, green: 0, blue: 0 }, onClick: { action: { function: 'approve', parameters: [{ key: 'loan', value: 'P-2026-0001' }], loadIndicator: 'SPINNER' } } },
          { text: 'Tolak', disabled: true, onClick: { action: { function: 'reject' } } },
          { text: 'Panduan', onClick: { openLink: { url: 'https://g.example', openAs: 'OVERLAY', onClose: 'RELOAD' } } },
        ],
      },
    });
  });

  it('divider and image widgets', () => {
    const CardService = cs();
    expect(widgetJson(CardService, CardService.newDivider())).toEqual({ divider: {} });
    expect(widgetJson(CardService, CardService.newImage().setImageUrl('https://i/chart.png').setAltText('Grafik'))).toEqual({ image: { imageUrl: 'https://i/chart.png', altText: 'Grafik' } });
  });

  it('a built card keeps its JSON when its builders change afterwards; a widget changed before build shows its last state', () => {
    const CardService = cs();
    const p = CardService.newTextParagraph().setText('first');
    const section = CardService.newCardSection().addWidget(p);
    p.setText('second');
    const card = CardService.newCardBuilder().addSection(section).build();
    p.setText('third');
    section.addWidget(CardService.newDivider());
    expect(cardJson(card).sections).toEqual([{ widgets: [{ textParagraph: { text: 'second' } }] }]);
  });

  it('enums print as their names', () => {
    const CardService = cs();
    expect(String(CardService.SelectionInputType.RADIO_BUTTON)).toBe('RADIO_BUTTON');
    expect(String(CardService.TextButtonStyle.OUTLINED)).toBe('OUTLINED');
    expect(String(CardService.ImageCropType.CIRCLE)).toBe('CIRCLE');
    expect(String(CardService.LoadIndicator.NONE)).toBe('NONE');
  });
});
