import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Switch } from '@nutui/nutui-react-taro'
import type { ExportFile } from '../../../../domain/exports/api'
import { chinaYmd } from '../../../../domain/kernel/display-dates'
import { exportEventSchemas } from '../../../../domain/exports/schemas'
import { callStaff } from '../../../api/staff'
import PageShell from '../../../components/PageShell'
import { EmptyState, LoadingState } from '../../../components/States'
import DateField from '../../components/DateField'
import Field from '../../components/Field'
import SubmitBar from '../../components/SubmitBar'
import { isAdmin, isLeader, loadMe, type Me } from '../../lib/me'
import { useSubmit } from '../../lib/useSubmit'
import { copyLink, deliverFile } from './download'
import '../../components/staff.scss'
import './index.scss'

const schema = exportEventSchemas['exports.items']

/** 导出 (leaders and admins): the matters of a period as a table for Excel or WPS. */
export default function ExportsPage() {
  const [me, setMe] = useState<Me | null | 'none'>(null)
  const today = chinaYmd(new Date())
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`)
  const [to, setTo] = useState(today)
  const [pointCode, setPointCode] = useState<string | null>(null)
  const [unmasked, setUnmasked] = useState(false)
  const [file, setFile] = useState<ExportFile | null>(null)
  const event = { action: 'exports.items' as const, from, to, ...(pointCode ? { pointCode } : {}), ...(unmasked ? { unmasked } : {}) }
  const { busy, error, fields, submit } = useSubmit({ schema, input: event })

  useEffect(() => void loadMe().then((r) => setMe(r.ok ? r.data : 'none')), [])
  // a file made for other choices is not offered for these
  useEffect(() => setFile(null), [from, to, pointCode, unmasked])

  if (me === null) return <PageShell><LoadingState /></PageShell>
  if (me === 'none' || !(isLeader(me) || isAdmin(me))) {
    return (
      <PageShell>
        <EmptyState title='无权限' description='导出仅供领导和管理员使用。' testId='exports-forbidden' />
      </PageShell>
    )
  }

  const go = async () => {
    setFile(null)
    const made = await submit(schema, event, (e) => callStaff(e))
    if (made) setFile(made)
  }
  const name = `说事事项_${from}_${to}.csv`
  const download = () => file && void deliverFile(file.url, name).catch(() => Taro.showToast({ title: '没有下载成功，可复制链接在电脑上打开', icon: 'none' }))

  return (
    <PageShell className='exports-page'>
      <View className='card'>
        <DateField label='从' value={from} max={today} error={fields.from} testId='export-from' onChange={setFrom} />
        <DateField label='到' value={to} max={today} error={fields.to} hint='两天都包含在内；一次最多一年' testId='export-to' onChange={setTo} />
        <Field label='说事点' optional testId='export-point'>
          <View className='sf-chips'>
            <View className={`sf-chip${pointCode === null ? ' is-selected' : ''}`} data-testid='export-point-all' onClick={() => setPointCode(null)}>
              {isAdmin(me) ? '全部说事点' : '我的全部说事点'}
            </View>
            {me.pointsDetail.map((p) => (
              <View key={p.code} className={`sf-chip${pointCode === p.code ? ' is-selected' : ''}`} data-testid={`export-point-${p.code}`} onClick={() => setPointCode(p.code)}>
                {p.name}
              </View>
            ))}
          </View>
        </Field>
        <View className='export-unmasked' data-testid='export-unmasked'>
          {/* the whole row is the switch: a tap on the words flips it as a tap on the knob does */}
          <View className='export-unmasked__row' role='switch' aria-checked={unmasked} data-testid='export-unmasked-switch' onClick={() => setUnmasked((v) => !v)}>
            <Text className='export-unmasked__label'>含完整个人信息</Text>
            <Switch className='export-unmasked__switch' checked={unmasked} />
          </View>
          <Text className={`export-unmasked__note${unmasked ? ' is-on' : ''}`} data-testid='export-unmasked-note'>
            {unmasked
              ? '表格将含居民的姓名、电话和地址。本次导出会被记录（谁、何时、哪段时间），请妥善保管，不要外传。'
              : '默认隐去姓名、电话和地址（如 张**、138****5678）。'}
          </Text>
        </View>
        <SubmitBar label='导出表格' busy={busy} error={error} onSubmit={() => void go()} testId='export-submit' />
      </View>

      {file ? (
        <View className='card export-result' data-testid='export-result'>
          <View className='export-result__title'>{`已生成：${file.rows} 件事项${file.unmasked ? '（含完整个人信息）' : ''}`}</View>
          <View className='sf-muted'>链接 15 分钟内有效。表格可用 Excel 或 WPS 打开。</View>
          <Button type='primary' size='large' block data-testid='export-download' onClick={download}>
            {process.env.TARO_ENV === 'h5' ? '下载表格' : '发送到聊天（在电脑上打开）'}
          </Button>
          <Button size='large' block className='export-result__copy' data-testid='export-copy' onClick={() => void copyLink(file.url)}>
            复制下载链接
          </Button>
        </View>
      ) : null}
    </PageShell>
  )
}
