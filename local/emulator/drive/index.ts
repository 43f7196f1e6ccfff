/**
 * The advanced Drive service (v3) on the shared file registry. Test-side helpers: addUserFile
 * (a file the user uploaded: the app cannot see it under drive.file) and grantFileAccess (the user
 * selected it in the Drive add-on).
 */
import { KIND, Runtime } from '../runtime';
import { DriveFiles } from './files';

export { addUserFile, grantFileAccess, ROOT_ID } from './access';

class Drive {
  readonly [KIND] = 'Drive';
  readonly Files: DriveFiles;
  constructor(rt: Runtime) {
    this.Files = new DriveFiles(rt);
  }
  toString(): string {
    return 'AdvancedServiceIdentifier{name=drive, version=v3}';
  }
}

export function install(rt: Runtime): Record<string, unknown> {
  return { Drive: rt.expose(new Drive(rt)) };
}
