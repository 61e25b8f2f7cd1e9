import { describe, expect, it } from 'vitest'
import { TIERS } from '../matters/handling'
import {
  attendanceInput,
  attendanceRecord,
  bodyForTier,
  bodyTakes,
  checkAttendance,
  checkVotes,
  decisionText,
  MEETING_BODIES,
  presentCount,
  voteOutcome,
  WAITING_BODIES,
} from './meetings'

describe('which body decides which matter', () => {
  it('maps each tier to exactly one body and back', () => {
    expect(TIERS.map(bodyForTier)).toEqual(['主要干部', '两委会', '议事会', '村民会议'])
    for (const body of MEETING_BODIES) {
      const takes = TIERS.filter((t) => bodyTakes(body, t))
      expect(takes).toHaveLength(1)
      expect(bodyForTier(takes[0])).toBe(body)
    }
  })

  it('a 稍大 matter goes to the 两委会, not to a bigger or smaller body', () => {
    expect(bodyTakes('两委会', 'committee')).toBe(true)
    expect(bodyTakes('议事会', 'committee')).toBe(false)
    expect(bodyTakes('主要干部', 'committee')).toBe(false)
    expect(bodyTakes('村民会议', 'assembly')).toBe(true)
    expect(bodyTakes('两委会', null)).toBe(false)
  })

  it('only matters above 一般 wait for a meeting', () => {
    expect(WAITING_BODIES).toEqual(['两委会', '议事会', '村民会议'])
  })
})

describe('attendance', () => {
  const chen = { openid: 'demo-leader', name: '陈书记' }
  const zhang = { openid: 'demo-cadre-1', name: '张建国' }
  const li = { openid: 'demo-cadre-2', name: '李秀英' }
  const chosen = (rest: Parameters<typeof attendanceRecord>[1] = {}, cadres = [zhang]) => attendanceRecord({ chair: chen, recorder: li, cadres }, rest)

  it('a committee meeting has a chair, a recorder and the cadres chosen, the others by name; no head count', () => {
    const a = chosen({ others: ['党员代表周国平'] })
    expect(a.names).toEqual(['陈书记', '李秀英', '张建国', '党员代表周国平'])
    expect(checkAttendance('两委会', a)).toBeNull()
    expect(checkAttendance('两委会', { names: ['陈书记'] })).toBe('请选择主持人')
    expect(checkAttendance('两委会', { names: ['陈书记'], chair: chen })).toBe('请选择记录人')
    expect(checkAttendance('两委会', chosen({ count: 30 }))).toBe('只有村民会议需要填写到会人数')
    expect(checkAttendance('议事会', chosen({ others: ['张建国'] }))).toBe('“张建国”选了两次')
    expect(checkAttendance('议事会', chosen({ absent: ['陈书记'] }))).toBe('“陈书记”不能既到会又缺席')
    expect(presentCount('两委会', chosen())).toBe(3)
    // the chair taking the minutes too is one person present
    expect(attendanceRecord({ chair: chen, recorder: chen, cadres: [] }, {}).names).toEqual(['陈书记'])
  })

  it('gives back the event that stores it again; an old record has none', () => {
    const a = chosen({ others: ['党员代表周国平'], absent: ['王志强'] })
    expect(attendanceInput(a)).toEqual({ chair: chen.openid, recorder: li.openid, cadres: [zhang.openid], others: ['党员代表周国平'], absent: ['王志强'] })
    expect(attendanceRecord({ chair: chen, recorder: li, cadres: [zhang] }, attendanceInput(a)!)).toEqual(a)
    expect(attendanceInput({ names: ['陈书记'] })).toBeNull()
  })

  it('a villagers’ assembly records the number present, within those expected', () => {
    expect(checkAttendance('村民会议', chosen({ count: 120, eligible: 200 }))).toBeNull()
    expect(checkAttendance('村民会议', chosen())).toBe('请填写村民会议的到会人数')
    expect(checkAttendance('村民会议', chosen({ count: 201, eligible: 200 }))).toBe('到会人数不能多于应到人数')
    expect(presentCount('村民会议', chosen({ count: 120 }))).toBe(120)
  })
})

describe('votes', () => {
  const votes = { for: 80, against: 20, abstain: 10 }

  it('are required for a villagers’ assembly and refused elsewhere', () => {
    expect(checkVotes('村民会议', votes, 120)).toBeNull()
    expect(checkVotes('村民会议', undefined, 120)).toBe('村民会议请填写赞成、反对、弃权票数')
    expect(checkVotes('两委会', votes, 5)).toBe('只有村民会议表决需要填写票数')
    expect(checkVotes('两委会', undefined, 5)).toBeNull()
  })

  it('sum to at most the number present, and at least one', () => {
    expect(checkVotes('村民会议', votes, 110)).toBeNull()
    expect(checkVotes('村民会议', votes, 109)).toBe('票数合计 110 票，多于到会的 109 人')
    expect(checkVotes('村民会议', { for: 0, against: 0, abstain: 0 }, 10)).toBe('请填写票数')
  })

  it('pass with more than half of those present (村民委员会组织法 第二十二条)', () => {
    expect(voteOutcome({ for: 61, against: 50, abstain: 9 }, 120)).toBe(true)
    expect(voteOutcome({ for: 60, against: 50, abstain: 10 }, 120)).toBe(false)
  })
})

describe('the timeline entry of a decision', () => {
  it('says which body decided, when, and for an assembly the count', () => {
    expect(decisionText('两委会', '2026-03-04', '同意维修')).toBe('两委会于 2026-03-04 研究决定：同意维修')
    expect(decisionText('村民会议', '2026-03-04', '同意筹资修路', { for: 80, against: 20, abstain: 10 }, 120)).toBe(
      '村民会议于 2026-03-04 表决（到会 120 人，赞成 80 票、反对 20 票、弃权 10 票，通过）：同意筹资修路',
    )
  })
})
