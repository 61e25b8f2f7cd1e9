/** A matter accepts only photos its submitter uploaded: the per-user folder check. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO } from '../../emulator/seed'
import { startTestSystem, type TestSystem } from '../../emulator/testing'
import { isOwnPhoto, uploadFolder } from '../kernel/photos'

// a real 1×1 PNG
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==', 'base64')

let sys: TestSystem
let seq = 0
beforeAll(async () => {
  sys = await startTestSystem()
})
afterAll(async () => {
  await sys.stop()
})

const resident = (openid: string, event: unknown) => sys.call('resident', openid, event)
const countAll = async (name: string) => (await sys.cloud.port.database({ throwOnNotFound: false }).collection(name).count()).total
const written = async () => ({ items: await countAll('items'), counters: await countAll('counters'), ratelimits: await countAll('ratelimits') })

/** Uploads as the mini-program does: into the folder the function names. */
async function upload(openid: string): Promise<string> {
  const { data } = await resident(openid, { action: 'upload.folder' })
  const res = await fetch(`${sys.url}/storage/upload`, {
    method: 'POST',
    body: PNG,
    headers: { 'X-Openid': openid, 'X-Cloud-Path': `${data.folder}photo-${++seq}.png`, 'Content-Type': 'image/png' },
  })
  const body = (await res.json()) as any
  if (!body.fileID) throw new Error(JSON.stringify(body))
  return body.fileID
}

const submit = (photos: string[]) => ({
  action: 'item.submit',
  requestId: `photo-test-${++seq}`,
  pointCode: DEMO.pointCode,
  category: '环境卫生',
  content: '楼道里的灯坏了好几天，晚上上下楼很不方便',
  contact: { name: '王五', phone: '13912345678', address: '新东社区幸福路8号' },
  photos,
})

describe('photos of a matter', () => {
  it('tells each resident their own upload folder, and nobody without identity', async () => {
    expect(await resident(DEMO.residentA, { action: 'upload.folder' })).toEqual({ ok: true, data: { folder: `uploads/${DEMO.residentA}/` } })
    expect(await sys.call('resident', null, { action: 'upload.folder' })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  it("refuses another resident's photo on submission and writes nothing; the resident's own works", async () => {
    const ofA = await upload(DEMO.residentA)
    const ofB = await upload(DEMO.residentB)
    const before = await written()
    expect(await resident(DEMO.residentB, submit([ofB, ofA]))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await written()).toEqual(before)

    const own = await resident(DEMO.residentB, submit([ofB]))
    expect(own.ok).toBe(true)
    const detail = await resident(DEMO.residentB, { action: 'item.get', id: own.data.id })
    expect(detail.data.photos.map((p: { fileID: string }) => p.fileID)).toEqual([ofB])
  })

  it("refuses another resident's photo in a supplement and leaves the matter as it was", async () => {
    const ofA = await upload(DEMO.residentA)
    const ofB = await upload(DEMO.residentB)
    const made = await resident(DEMO.residentA, submit([]))
    const item = () => sys.cloud.port.database({ throwOnNotFound: false }).collection('items').doc(made.data.id).get()
    const before = (await item()).data

    const stolen = await resident(DEMO.residentA, { action: 'item.supplement', id: made.data.id, requestId: `sup-${++seq}-test`, photos: [ofB] })
    expect(stolen).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect((await item()).data).toEqual(before)

    const own = await resident(DEMO.residentA, { action: 'item.supplement', id: made.data.id, requestId: `sup-${++seq}-test`, photos: [ofA] })
    expect(own.ok).toBe(true)
    expect((await item()).data?.supplements).toHaveLength(1)
  })

  it.each([
    ['a file id from another environment', 'cloud://other-env/uploads/demo-resident-a/x.png'],
    ['a file outside the upload folders', 'cloud://local-shuoshi/items/202611/x.png'],
    ['a file in a folder below the resident’s', 'cloud://local-shuoshi/uploads/demo-resident-a/x/y.png'],
    ['a folder named like the resident’s', 'cloud://local-shuoshi/uploads/demo-resident-a2/x.png'],
  ])('refuses %s', async (_what, fileID) => {
    const before = await written()
    expect(await resident(DEMO.residentA, submit([fileID]))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await written()).toEqual(before)
  })
})

describe('isOwnPhoto', () => {
  it('accepts CloudBase file ids that name the bucket after the environment', () => {
    expect(isOwnPhoto('cloud://prod-4g1a.7072-prod-4g1a-1300000000/uploads/oAbc/p.jpg', 'prod-4g1a', 'oAbc')).toBe(true)
    expect(isOwnPhoto('cloud://prod-4g1a/uploads/oAbc/p.jpg', 'prod-4g1a', 'oAbc')).toBe(true)
    expect(isOwnPhoto('cloud://prod-4g1ab.7072-x/uploads/oAbc/p.jpg', 'prod-4g1a', 'oAbc')).toBe(false)
    expect(isOwnPhoto('cloud://prod-4g1a/uploads/oAbc/..', 'prod-4g1a', 'oAbc')).toBe(false)
    expect(isOwnPhoto('cloud://prod-4g1a/uploads//p.jpg', 'prod-4g1a', '')).toBe(false)
    expect(uploadFolder('oAbc')).toBe('uploads/oAbc/')
  })
})
