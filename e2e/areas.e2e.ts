/**
 * 包片 in a real browser against the local cloud: 陈书记 divides 新东社区说事点 once more
 * (7–9栋, given to 李秀英); she adds a household with its flags, writes a diary entry
 * picking it from her area, and her month's 走访 count on the 工作台 shows the household.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO } from '../emulator/seed'
import { startHarness, type Harness } from './harness'
import { typeInto } from './steps'

let h: Harness
const ADDRESS = '新东小区8栋2单元301'
const HEARD = '钱奶奶一个人住，老伴去年走了，说最近血压不稳，想问问家庭医生签约'

beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  await h?.stop()
})

const dump = (collection: string) => h.system.cloud.db.dump(collection)

describe('包片', () => {
  let areaId = ''
  let householdId = ''

  it('a leader divides the point into a new area and assigns a cadre', async () => {
    const page = await h.pageAs(DEMO.leader)
    await page.goto(`${h.system.url}/#/staff/pages/workbench/index`)
    await page.getByTestId('workbench-areas').click()
    await page.getByTestId('areas-list').waitFor()
    await expect.poll(() => page.getByTestId('areas-list').textContent()).toContain('老街片（和平路）')
    await page.getByTestId('area-new').click()
    await typeInto(page, 'area-name', '7–9栋')
    await typeInto(page, 'area-units', '7栋、8栋、9栋')
    await page.getByTestId('area-cadre-demo-cadre-2').click()
    await h.shot(page, 'areas-01-new')
    await page.getByTestId('area-submit').dblclick()
    await page.getByTestId('area-new').waitFor()
    const made = (await dump('areas')).filter((a) => a.name === '7–9栋')
    expect(made).toHaveLength(1)
    expect(made[0]).toMatchObject({ pointCode: DEMO.pointCode, cadre: DEMO.cadre2, units: ['7栋', '8栋', '9栋'] })
    areaId = String(made[0]._id)
    await expect.poll(() => page.getByTestId(`area-${areaId}`).textContent()).toContain('负责干部：李秀英')
    await h.shot(page, 'areas-02-list')
    await page.context().close()
  })

  it('the cadre adds a household with its flags to her area', async () => {
    const page = await h.pageAs(DEMO.cadre2)
    await page.goto(`${h.system.url}/#/staff/pages/areas/index`)
    await page.getByTestId(`area-${areaId}`).locator('.area-card__head').click()
    await page.getByTestId('households-empty').waitFor()
    await page.getByTestId('household-new').click()
    await typeInto(page, 'household-address', ADDRESS)
    await typeInto(page, 'household-head', '钱秀珍')
    await typeInto(page, 'household-members', '1')
    await page.getByTestId('household-flag-aloneElderly').click()
    await page.getByTestId('household-flag-hardship').click()
    // a phone number in the note is refused, and nothing is written
    await typeInto(page, 'household-note', '女儿电话 13912345678', 'textarea')
    await page.getByTestId('household-submit').click()
    await expect.poll(() => page.getByTestId('household-form').textContent()).toContain('不记电话号码')
    expect((await dump('households')).filter((x) => x.area === areaId)).toHaveLength(0)
    await typeInto(page, 'household-note', '女儿在外地，每月回来一次', 'textarea')
    await h.shot(page, 'areas-03-household')
    await page.getByTestId('household-submit').click()
    await page.getByTestId('households').waitFor()
    const saved = (await dump('households')).filter((x) => x.area === areaId)
    expect(saved).toHaveLength(1)
    expect(saved[0]).toMatchObject({ address: ADDRESS, head: '钱秀珍', members: 1, flags: ['hardship', 'aloneElderly'] })
    householdId = String(saved[0]._id)
    const row = page.getByTestId(`household-${householdId}`)
    expect(await row.textContent()).toContain('困难群众')
    expect(await row.textContent()).toContain('独居老人')
    await h.shot(page, 'areas-04-households')
    await page.context().close()
  })

  it('she writes a diary entry picking the household; her month’s count shows it', async () => {
    const page = await h.pageAs(DEMO.cadre2)
    await page.goto(`${h.system.url}/#/staff/pages/workbench/index`)
    await expect.poll(() => page.getByTestId('diary-entry-summary').textContent()).toContain('本月已走访 1 户')
    await page.goto(`${h.system.url}/#/staff/pages/visit-new/index`)
    await page.getByTestId('visit-new').waitFor()
    await page.getByTestId('visit-form-homeVisit').click()
    await page.getByTestId(`visit-area-${areaId}`).click()
    await typeInto(page, 'visit-address', '8栋2单元301')
    await page.getByTestId(`visit-household-${householdId}`).click()
    await expect.poll(() => page.getByTestId('visit-address').locator('input').inputValue()).toBe(ADDRESS)
    await typeInto(page, 'visit-met', '钱奶奶')
    await typeInto(page, 'visit-heard', HEARD, 'textarea')
    await h.shot(page, 'areas-05-diary-pick')
    await page.getByTestId('visit-submit').dblclick()
    await page.getByTestId('visit-view').waitFor()
    const visits = (await dump('visits')).filter((v) => v.heard === HEARD)
    expect(visits).toHaveLength(1)
    expect(visits[0]).toMatchObject({ householdId, household: { address: ADDRESS } })

    await page.goto(`${h.system.url}/#/staff/pages/workbench/index`)
    await expect.poll(() => page.getByTestId('diary-entry-summary').textContent()).toContain('本月已走访 2 户')
    await h.shot(page, 'areas-06-quota')
    await page.context().close()
  })
})
