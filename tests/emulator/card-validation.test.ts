import { createWorkspace } from '../../local/emulator';
import { CARD_ERRORS } from '../../local/emulator/card';

type CS = GoogleAppsScript.Card_Service.CardService;
const cs = () => createWorkspace().globals.CardService;

function sectionWith(CardService: CS, widgets: number): GoogleAppsScript.Card_Service.CardSection {
  const s = CardService.newCardSection();
  for (let i = 0; i < widgets; i++) s.addWidget(CardService.newTextParagraph().setText(`row ${i}`));
  return s;
}

describe('CardService validation', () => {
  describe('build()', () => {
    it('refuses a card without sections (text unverified)', () => {
      const CardService = cs();
      const builder = CardService.newCardBuilder().setHeader(CardService.newCardHeader().setTitle('Kosong'));
      expect(() => builder.build()).toThrow(CARD_ERRORS.noSections);
      expect(CARD_ERRORS.noSections).toBe('Card must contain at least one section.');
    });

    it('refuses a card with an empty section (text unverified)', () => {
      const CardService = cs();
      const builder = CardService.newCardBuilder().addSection(sectionWith(CardService, 1)).addSection(CardService.newCardSection().setHeader('kosong'));
      expect(() => builder.build()).toThrow('Card section must contain at least one widget.');
    });

    it('accepts 100 widgets in a section and refuses 101', () => {
      const CardService = cs();
      expect(() => CardService.newCardBuilder().addSection(sectionWith(CardService, 100)).build()).not.toThrow();
      expect(() => CardService.newCardBuilder().addSection(sectionWith(CardService, 101)).build()).toThrow('Card section cannot contain more than 100 widgets.');
    });

    it('accepts 100 sections and refuses 101', () => {
      const CardService = cs();
      const ok = CardService.newCardBuilder();
      for (let i = 0; i < 100; i++) ok.addSection(sectionWith(CardService, 1));
      expect(() => ok.build()).not.toThrow();
      ok.addSection(sectionWith(CardService, 1));
      expect(() => ok.build()).toThrow('Card cannot contain more than 100 sections.');
    });

    it('a build error is an Exception', () => {
      let caught: unknown;
      try {
        cs().newCardBuilder().build();
      } catch (e) {
        caught = e;
      }
      expect((caught as Error).name).toBe('Exception');
    });
  });

  describe('Action.setParameters', () => {
    it('takes string values', () => {
      const CardService = cs();
      expect(() => CardService.newAction().setFunctionName('f').setParameters({ id: 'A-0001', amount: '50000' })).not.toThrow();
    });

    it('refuses a number value: parameters reach the handler as strings only', () => {
      const action = cs().newAction().setFunctionName('f');
      expect(() => action.setParameters({ amount: 50000 as unknown as string })).toThrow(
        'Invalid argument: parameters. Action parameter "amount" must be a string, not number.',
      );
    });

    it('refuses null, boolean and object values too', () => {
      const action = cs().newAction();
      expect(() => action.setParameters({ a: null as unknown as string })).toThrow('must be a string, not null');
      expect(() => action.setParameters({ a: true as unknown as string })).toThrow('must be a string, not boolean');
      expect(() => action.setParameters({ a: {} as unknown as string })).toThrow('must be a string, not object');
    });
  });

  describe('argument types, as Apps Script checks method signatures', () => {
    it('addWidget refuses something that is not a widget', () => {
      const CardService = cs();
      const section = CardService.newCardSection();
      expect(() => section.addWidget(CardService.newCardHeader() as unknown as GoogleAppsScript.Card_Service.Widget)).toThrow(
        "The parameters (CardService.CardHeader) don't match the method signature for CardService.CardSection.addWidget.",
      );
      expect(() => section.addWidget('text' as unknown as GoogleAppsScript.Card_Service.Widget)).toThrow(
        "The parameters (String) don't match the method signature for CardService.CardSection.addWidget.",
      );
    });

    it('pushCard needs a built Card, not its builder', () => {
      const CardService = cs();
      const builder = CardService.newCardBuilder().addSection(sectionWith(CardService, 1));
      expect(() => CardService.newNavigation().pushCard(builder as unknown as GoogleAppsScript.Card_Service.Card)).toThrow(
        "The parameters (CardService.CardBuilder) don't match the method signature for CardService.Navigation.pushCard.",
      );
    });

    it('an unknown enum value is refused', () => {
      const CardService = cs();
      expect(() => CardService.newSelectionInput().setType('LIST' as unknown as GoogleAppsScript.Card_Service.SelectionInputType)).toThrow(
        "The parameters (String) don't match the method signature for CardService.SelectionInput.setType.",
      );
    });

    it('a String parameter turns a number into text but refuses an object or null', () => {
      const CardService = cs();
      const p = CardService.newTextParagraph().setText(5 as unknown as string);
      const card = CardService.newCardBuilder().addSection(CardService.newCardSection().addWidget(p)).build();
      expect(JSON.parse(card.printJson()).sections[0].widgets[0]).toEqual({ textParagraph: { text: '5' } });
      expect(() => p.setText({} as unknown as string)).toThrow(
        "The parameters ((class)) don't match the method signature for CardService.TextParagraph.setText.",
      );
      expect(() => p.setText(null as unknown as string)).toThrow(
        "The parameters (null) don't match the method signature for CardService.TextParagraph.setText.",
      );
    });
  });

  describe('the emulated surface', () => {
    it('a CardService member the emulator lacks throws "not implemented"', () => {
      const CardService = cs() as unknown as Record<string, () => unknown>;
      expect(() => CardService.newKeyValue()).toThrow('not implemented in the emulator: CardService.newKeyValue');
      const card = cs().newTextParagraph() as unknown as Record<string, () => unknown>;
      expect(() => card._json()).toThrow('not implemented in the emulator: CardService.TextParagraph._json');
    });

    it('CardService needs no OAuth scope: it works with a manifest that lists none', () => {
      const ws = createWorkspace({ manifest: { timeZone: 'Asia/Jakarta', oauthScopes: [] } });
      const CardService = ws.globals.CardService;
      expect(() => CardService.newCardBuilder().addSection(sectionWith(CardService, 1)).build().printJson()).not.toThrow();
    });

    it('counts each builder call by class and method', () => {
      const ws = createWorkspace();
      const CardService = ws.globals.CardService;
      ws.resetCallCounts();
      CardService.newCardBuilder().addSection(CardService.newCardSection().addWidget(CardService.newTextParagraph().setText('x'))).build();
      expect(ws.callCounts()).toEqual({
        'CardService.CardBuilder.addSection': 1,
        'CardService.CardBuilder.build': 1,
        'CardService.CardSection.addWidget': 1,
        'CardService.TextParagraph.setText': 1,
        'CardService.newCardBuilder': 1,
        'CardService.newCardSection': 1,
        'CardService.newTextParagraph': 1,
      });
    });
  });
});
