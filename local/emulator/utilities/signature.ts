/** The shared signature error (../signature.ts), as the utilities services import it. */
export { argToken, ENUM_TYPE, signatureError } from '../signature';
