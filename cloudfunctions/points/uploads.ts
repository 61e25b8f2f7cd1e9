import type { PointResidentEvent } from '../../domain/points/schemas'
import { uploadFolder } from '../kernel/photos'
import type { ResidentContext } from '../kernel/resident-context'

/** The folder the resident's photos go to; the app has no other way to learn its openid. */
export async function getUploadFolder(_input: PointResidentEvent<'upload.folder'>, ctx: ResidentContext) {
  return { folder: uploadFolder(ctx.openid()) }
}
