import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { callStaff } from '../../../api/staff'
import PageShell from '../../../components/PageShell'
import { ErrorState, LoadingState } from '../../../components/States'
import { useLoad } from '../../../hooks/useLoad'
import { readParam } from '../../../lib/params'
import FormSheet from './Sheet'
import { SHEET_CELLS, SHEET_SHORT, SHEET_SIGNATURES, SHEET_TITLES, SHEETS, type SheetKey } from './sheets'
import '../../components/staff.scss'
import './index.scss'

const canPrint = process.env.TARO_ENV === 'h5'

/**
 * 打印登记表 (?id=&sheet=): the source's four paper forms for one matter, readable on a phone
 * and printed on A4 from the H5 build (one form a page). Personal data is as `item.get`
 * gives it to the caller: masked unless they may see it.
 */
export default function FormsPage() {
  const params = useRouter().params
  const id = readParam(params.id)
  const first = readParam(params.sheet)
  const [shown, setShown] = useState<SheetKey | 'all'>(SHEETS.includes(first as SheetKey) ? (first as SheetKey) : 'all')
  const { state, reload } = useLoad(id, () => callStaff({ action: 'item.get', id: id ?? '' }))

  if (!id) return <PageShell><ErrorState error={{ code: 'NOT_FOUND', message: '没有找到这件事' }} onRetry={reload} /></PageShell>
  if (state.status === 'loading') return <PageShell><LoadingState /></PageShell>
  if (state.status === 'error') return <PageShell><ErrorState error={state.error} onRetry={reload} /></PageShell>

  const item = state.data
  const sheets = shown === 'all' ? SHEETS : [shown]
  return (
    <PageShell className='forms-page'>
      <View className='forms-page__controls no-print'>
        <View className='sf-chips'>
          {(['all', ...SHEETS] as const).map((k) => (
            <View key={k} className={`sf-chip${k === shown ? ' is-selected' : ''}`} data-testid={`sheet-tab-${k}`} onClick={() => setShown(k)}>
              {k === 'all' ? '四张表' : SHEET_SHORT[k]}
            </View>
          ))}
        </View>
        {canPrint ? (
          <Button type='primary' size='large' block data-testid='forms-print' onClick={() => window.print()}>
            打印（A4）
          </Button>
        ) : (
          <View className='sf-muted'>在电脑上用浏览器打开本页即可按 A4 打印，每张表一页。</View>
        )}
        {item.contactMasked ? <View className='sf-muted'>您不是这件事的负责干部或领导，姓名、电话和地址已隐去。</View> : null}
      </View>
      {sheets.map((k) => (
        <FormSheet
          key={k}
          title={SHEET_TITLES[k]}
          subtitle={`${item.pointName}\u3000登记编号 ${item.no}`}
          cells={SHEET_CELLS[k](item)}
          foot={SHEET_SIGNATURES[k]}
          testId={`sheet-${k}`}
        />
      ))}
    </PageShell>
  )
}
