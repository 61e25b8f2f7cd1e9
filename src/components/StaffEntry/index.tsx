import { useCallback, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { ADMINS, COMMITTEE, DEPARTMENT_STAFF, HANDLERS, inGroup, POINT_STAFF, WORKBENCH } from '../../../domain/points/roles'
import type { StaffRoleName } from '../../../domain/points/schemas'
import { callStaff } from '../../api/staff'
import './index.scss'

export type StaffStatus =
  | { kind: 'unknown' }
  | { kind: 'staff'; name: string; roles: StaffRoleName[] }
  /** not (or no longer) active staff */
  | { kind: 'outsider' }

const go = (page: 'workbench' | 'admin' | 'join' | 'dept-queue' | 'discipline' | 'discipline-file') => Taro.navigateTo({ url: `/staff/pages/${page}/index` })

/**
 * Whether the caller is active staff, from the `staff` function's `me`. Call `check` each
 * time the page shows. A network or server fault keeps what was known before, so a
 * cadre is never told to join because of a bad connection.
 */
export function useStaffStatus() {
  const [status, setStatus] = useState<StaffStatus>({ kind: 'unknown' })
  const latest = useRef(0)
  const check = useCallback(async () => {
    const ticket = ++latest.current
    const reply = await callStaff({ action: 'me' })
    if (ticket !== latest.current) return
    if (reply.ok && reply.data.active) setStatus({ kind: 'staff', name: reply.data.name, roles: reply.data.roles })
    else if (reply.ok || reply.error.code === 'FORBIDDEN' || reply.error.code === 'UNAUTHENTICATED') setStatus({ kind: 'outsider' })
  }, [])
  return { status, check }
}

/** For active staff: a prominent 工作台 entry, and 管理 for admins. Nothing for anyone else. */
export function StaffEntry({ status }: { status: StaffStatus }) {
  if (status.kind !== 'staff') return null
  // the queue is for the point's staff; a 居民代表's workbench holds the quarter's report
  const workbench = inGroup(status.roles, WORKBENCH)
  const admin = inGroup(status.roles, ADMINS)
  const department = inGroup(status.roles, DEPARTMENT_STAFF)
  const committee = inGroup(status.roles, COMMITTEE)
  return (
    <View className='staff-entry'>
      {committee ? (
        <View className='staff-entry__main' data-testid='clue-entry' onClick={() => go('discipline')}>
          <View className='staff-entry__text'>
            <Text className='staff-entry__title'>违纪线索</Text>
            <Text className='staff-entry__sub'>{status.name}，下级报来的线索</Text>
          </View>
          <Text className='staff-entry__arrow'>›</Text>
        </View>
      ) : null}
      {department ? (
        <View className='staff-entry__main' data-testid='dept-entry' onClick={() => go('dept-queue')}>
          <View className='staff-entry__text'>
            <Text className='staff-entry__title'>部门待办</Text>
            <Text className='staff-entry__sub'>{status.name}，答复交办给本部门的事</Text>
          </View>
          <Text className='staff-entry__arrow'>›</Text>
        </View>
      ) : null}
      {workbench ? (
        <View className='staff-entry__main' data-testid='staff-entry' onClick={() => go('workbench')}>
          <View className='staff-entry__text'>
            <Text className='staff-entry__title'>工作台</Text>
            <Text className='staff-entry__sub'>{!inGroup(status.roles, POINT_STAFF) ? `${status.name}，评事日报告与评议` : `${status.name}，办理群众说的事`}</Text>
          </View>
          <Text className='staff-entry__arrow'>›</Text>
        </View>
      ) : null}
      {inGroup(status.roles, HANDLERS) ? (
        <View className='staff-entry__join' data-testid='staff-clue-link' onClick={() => go('discipline-file')}>
          以工作人员身份向上级党委反映违纪问题
        </View>
      ) : null}
      {admin ? (
        <View
          className={`staff-entry__main staff-entry__main--admin${workbench ? ' staff-entry__main--second' : ''}`}
          data-testid='admin-entry'
          onClick={() => go('admin')}
        >
          <View className='staff-entry__text'>
            <Text className='staff-entry__title'>管理</Text>
            <Text className='staff-entry__sub'>邀请工作人员、停用人员、说事点与分派设置</Text>
          </View>
          <Text className='staff-entry__arrow'>›</Text>
        </View>
      ) : null}
    </View>
  )
}

/** For everyone who is not staff: a quiet link to enter an invite code. */
export function StaffJoinLink({ status }: { status: StaffStatus }) {
  if (status.kind !== 'outsider') return null
  return (
    <View className='staff-entry__join' data-testid='staff-join-link' onClick={() => go('join')}>
      我是工作人员，输入邀请码
    </View>
  )
}
