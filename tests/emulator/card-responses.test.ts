import { createWorkspace } from '../../local/emulator';
import { cardJson, notificationText } from '../../local/emulator/card';

type CS = GoogleAppsScript.Card_Service.CardService;
const cs = () => createWorkspace().globals.CardService;

function simpleCard(CardService: CS, text: string, name?: string): GoogleAppsScript.Card_Service.Card {
  const b = CardService.newCardBuilder().addSection(CardService.newCardSection().addWidget(CardService.newTextParagraph().setText(text)));
  if (name) b.setName(name);
  return b.build();
}

describe('CardService responses', () => {
  describe('ActionResponse', () => {
    it('pushes a card and shows a notification, in the renderActions shape', () => {
      const CardService = cs();
      const response = CardService.newActionResponseBuilder()
        .setNavigation(CardService.newNavigation().pushCard(simpleCard(CardService, 'Setoran tercatat')))
        .setNotification(CardService.newNotification().setText('Tersimpan'))
        .build();
      const expected = {
        renderActions: {
          action: {
            navigations: [{ pushCard: { sections: [{ widgets: [{ textParagraph: { text: 'Setoran tercatat' } }] }] } }],
            notification: { text: 'Tersimpan' },
          },
        },
      };
      expect(cardJson(response)).toEqual(expected);
      expect(JSON.parse(response.printJson())).toEqual(expected);
      expect(notificationText(cardJson(response))).toBe('Tersimpan');
    });

    it('navigation steps keep their order: pop, popToRoot, popToNamedCard, updateCard', () => {
      const CardService = cs();
      const nav = CardService.newNavigation().popCard().popToRoot().popToNamedCard('home').updateCard(simpleCard(CardService, 'Baru'));
      const tree = cardJson(CardService.newActionResponseBuilder().setNavigation(nav).build());
      expect(tree.renderActions.action.navigations).toEqual([
        { pop: true },
        { popToRoot: true },
        { popToCard: 'home' },
        { updateCard: { sections: [{ widgets: [{ textParagraph: { text: 'Baru' } }] }] } },
      ]);
    });

    it('stateChanged sits beside renderActions; an open link goes in action.link', () => {
      const CardService = cs();
      const response = CardService.newActionResponseBuilder().setStateChanged(true).setOpenLink(CardService.newOpenLink().setUrl('https://docs.example/statement')).build();
      expect(cardJson(response)).toEqual({ renderActions: { action: { link: { url: 'https://docs.example/statement' } } }, stateChanged: true });
    });

    it('a notification alone has no navigations and notificationText reads it', () => {
      const CardService = cs();
      const tree = cardJson(CardService.newActionResponseBuilder().setNotification(CardService.newNotification().setText('Gagal')).build());
      expect(tree).toEqual({ renderActions: { action: { notification: { text: 'Gagal' } } } });
      expect(notificationText({ renderActions: { action: {} } })).toBeNull();
    });
  });

  describe('UniversalActionResponse', () => {
    it('displayAddOnCards pushes each card in order (shape unverified)', () => {
      const CardService = cs();
      const response = CardService.newUniversalActionResponseBuilder().displayAddOnCards([simpleCard(CardService, 'Satu'), simpleCard(CardService, 'Dua')]).build();
      expect(cardJson(response)).toEqual({
        renderActions: {
          action: {
            navigations: [
              { pushCard: { sections: [{ widgets: [{ textParagraph: { text: 'Satu' } }] }] } },
              { pushCard: { sections: [{ widgets: [{ textParagraph: { text: 'Dua' } }] }] } },
            ],
          },
        },
      });
    });

    it('displayAddOnCards refuses a card builder in the list', () => {
      const CardService = cs();
      const builder = CardService.newCardBuilder();
      expect(() => CardService.newUniversalActionResponseBuilder().displayAddOnCards([builder as unknown as GoogleAppsScript.Card_Service.Card])).toThrow(
        "The parameters (CardService.CardBuilder) don't match the method signature for CardService.UniversalActionResponseBuilder.displayAddOnCards.",
      );
    });
  });

  describe('file scope requests', () => {
    it('EditorFileScopeActionResponse asks the editor for drive.file on the open document', () => {
      const CardService = cs();
      const response = CardService.newEditorFileScopeActionResponseBuilder().requestFileScopeForActiveDocument().build();
      expect(cardJson(response)).toEqual({ renderActions: { hostAppAction: { editorAction: { requestFileScopeForActiveDocument: {} } } } });
    });

    it('DriveItemsSelectedActionResponse asks Drive for one item (shape unverified)', () => {
      const CardService = cs();
      const response = CardService.newDriveItemsSelectedActionResponseBuilder().requestFileScope('file-123').build();
      expect(cardJson(response)).toEqual({ renderActions: { hostAppAction: { driveAction: { requestFileScope: { itemId: 'file-123' } } } } });
    });
  });

  describe('cardJson', () => {
    it('returns a copy: changing it does not change the card', () => {
      const CardService = cs();
      const card = simpleCard(CardService, 'Tetap');
      cardJson(card).sections[0].widgets[0].textParagraph.text = 'diubah';
      expect(cardJson(card).sections[0].widgets[0].textParagraph.text).toBe('Tetap');
    });

    it('refuses what is not a CardService object', () => {
      expect(() => cardJson({ sections: [] })).toThrow('cardJson: not a CardService object');
    });
  });
});
