import { useEffect, useState } from 'react'
import type { NodeSummary } from '../../../../domain/figures/api'
import type { PointView, StaffProfile } from '../../../../domain/points/api'
import type { ClientError } from '../../../api/result'
import { callStaff } from '../../../api/staff'
import { inGroup, POINT_STAFF } from '../../../../domain/points/roles'
import { isAdmin, isLeader, loadMe } from '../../lib/me'

export type Scope =
  | { status: 'loading' }
  | { status: 'error'; error: ClientError }
  | { status: 'forbidden' }
  | { status: 'ready'; points: PointView[]; cadres: StaffProfile[]; nodes: NodeSummary[] }

/** The points the caller may count (a leader's own; an admin's every active one), their cadres, and the highest nodes of the tree they read. */
export function useScope(): [Scope, () => void] {
  const [scope, setScope] = useState<Scope>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    let live = true
    void (async () => {
      setScope({ status: 'loading' })
      const me = await loadMe()
      if (!live) return
      if (!me.ok) return setScope(me.error.code === 'FORBIDDEN' ? { status: 'forbidden' } : { status: 'error', error: me.error })
      const admin = isAdmin(me.data)
      if (!admin && !isLeader(me.data)) return setScope({ status: 'forbidden' })
      const [points, staff, nodes] = await Promise.all([
        admin ? callStaff({ action: 'routing.list' }) : Promise.resolve(null),
        callStaff({ action: 'staff.list' }),
        callStaff({ action: 'figures.nodes' }),
      ])
      if (!live) return
      if (points && !points.ok) return setScope({ status: 'error', error: points.error })
      // the cadre picker is a convenience: without it the figures still show
      const cadres = staff.ok ? staff.data.staff.filter((s) => s.active && inGroup(s.roles, POINT_STAFF)) : []
      if (!nodes.ok) return setScope({ status: 'error', error: nodes.error })
      setScope({ status: 'ready', points: points ? points.data.points.filter((p) => p.active) : me.data.pointsDetail, cadres, nodes: nodes.data.nodes })
    })()
    return () => {
      live = false
    }
  }, [attempt])
  return [scope, () => setAttempt((n) => n + 1)]
}
