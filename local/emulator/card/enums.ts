/** CardService enums. Apps Script enum values print as their names, so names stand for values. */
function names<K extends string>(...keys: K[]): Readonly<Record<K, K>> {
  return Object.freeze(Object.fromEntries(keys.map((k) => [k, k])) as Record<K, K>);
}

export const ENUMS = {
  SelectionInputType: names('CHECK_BOX', 'RADIO_BUTTON', 'DROPDOWN', 'SWITCH', 'MULTI_SELECT'),
  TextButtonStyle: names('OUTLINED', 'TEXT', 'FILLED', 'FILLED_TONAL', 'BORDERLESS'),
  ImageStyle: names('SQUARE', 'CIRCLE'),
  ImageCropType: names('SQUARE', 'CIRCLE', 'RECTANGLE_CUSTOM', 'RECTANGLE_4_3'),
  LoadIndicator: names('SPINNER', 'NONE'),
  InputType: names('TEXT', 'INTEGER', 'FLOAT', 'EMAIL'),
  OpenAs: names('FULL_SIZE', 'OVERLAY'),
  OnClose: names('NOTHING', 'RELOAD'),
  DisplayStyle: names('PEEK', 'REPLACE'),
  HorizontalAlignment: names('START', 'CENTER', 'END'),
  Icon: names(
    'NONE', 'AIRPLANE', 'BOOKMARK', 'BUS', 'CAR', 'CLOCK', 'CONFIRMATION_NUMBER_ICON', 'DOLLAR',
    'DESCRIPTION', 'EMAIL', 'EVENT_PERFORMER', 'EVENT_SEAT', 'FLIGHT_ARRIVAL', 'FLIGHT_DEPARTURE',
    'HOTEL', 'HOTEL_ROOM_TYPE', 'INVITE', 'MAP_PIN', 'MEMBERSHIP', 'MULTIPLE_PEOPLE', 'OFFER',
    'PERSON', 'PHONE', 'RESTAURANT_ICON', 'SHOPPING_CART', 'STAR', 'STORE', 'TICKET', 'TRAIN',
    'VIDEO_CAMERA', 'VIDEO_PLAY',
  ),
} as const;
