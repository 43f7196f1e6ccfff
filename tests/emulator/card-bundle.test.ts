import { createWorkspace, loadBundle } from '../../local/emulator';
import { cardJson, clickButton } from '../../local/emulator/card';

/** Plain Apps Script code, run in a vm as the pushed bundle is: its objects come from another realm. */
const CODE = `
function onHomepage() {
  var action = CardService.newAction().setFunctionName('openLoan').setParameters({ loan: 'P-2026-0001' });
  var button = CardService.newTextButton().setText('Lihat').setOnClickAction(action);
  var section = CardService.newCardSection().addWidget(CardService.newButtonSet().addButton(button));
  return CardService.newCardBuilder().addSection(section).build();
}
function openLoan(e) {
  var card = CardService.newCardBuilder()
    .addSection(CardService.newCardSection().addWidget(CardService.newTextParagraph().setText('Pinjaman ' + e.commonEventObject.parameters.loan)))
    .build();
  return CardService.newActionResponseBuilder().setNavigation(CardService.newNavigation().pushCard(card)).build();
}
function badParams() {
  return CardService.newAction().setParameters({ n: 1 });
}
`;

describe('CardService from a bundle', () => {
  it('a card built in the bundle is read, clicked and answered like Google would', () => {
    const ws = createWorkspace();
    const bundle = loadBundle(ws, CODE);
    const home = cardJson(bundle.invoke('onHomepage'));
    const click = clickButton(home, 'Lihat');
    expect(click).toEqual({ function: 'openLoan', parameters: { loan: 'P-2026-0001' } });
    const response = cardJson(bundle.invoke(click.function, { commonEventObject: { parameters: click.parameters } }));
    expect(response.renderActions.action.navigations[0].pushCard.sections[0].widgets[0]).toEqual({ textParagraph: { text: 'Pinjaman P-2026-0001' } });
  });

  it('a number parameter fails inside the bundle too', () => {
    const bundle = loadBundle(createWorkspace(), CODE);
    expect(() => bundle.invoke('badParams')).toThrow('Action parameter "n" must be a string, not number.');
  });
});
