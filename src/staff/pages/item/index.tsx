import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { StaffItemDetail } from '../../../../domain/matters/api'
import type { ClientError } from '../../../api/result'
import { callStaff } from '../../../api/staff'
import PageShell from '../../../components/PageShell'
import { readParam } from '../../../lib/params'
import RecordUnavailable from '../../components/RecordUnavailable'
import Sheet from '../../components/Sheet'
import Timeline from '../../components/Timeline'
import { holdsGroup, loadMe, type Me } from '../../lib/me'
import { HANDLERS } from '../../../../domain/points/roles'
import { useRecord } from '../../lib/useRecord'
import ActionBar, { ACTIONS, type FormAction } from './ActionBar'
import AcceptForm from './forms/AcceptForm'
import type { FormProps } from './forms/common'
import DecideForm from './forms/DecideForm'
import EscalateForm from './forms/EscalateForm'
import EscalationAnswerForm from './forms/EscalationAnswerForm'
import ExtendForm from './forms/ExtendForm'
import ProgressForm from './forms/ProgressForm'
import RecordRatingForm from './forms/RecordRatingForm'
import ReplyForm from './forms/ReplyForm'
import ReplyOnSpotForm from './forms/ReplyOnSpotForm'
import TransferForm from './forms/TransferForm'
import ItemVisits from './ItemVisits'
import ItemNotices from './ItemNotices'
import AssignCard from './AssignCard'
import { ContactCard, ContentCard, EscalationCard, ExtensionsCard, HandlingCard, HeadCard, ReplyCard, StepsCard } from './ItemView'
import PendingExtension from './PendingExtension'
import '../../components/staff.scss'
import './index.scss'

/** What is open over the page: one action's form, or the progress form for one step. */
type Open = { action: FormAction; stepIndex?: number } | null

const FORMS: Record<FormAction, (props: FormProps) => JSX.Element> = {
  'item.accept': AcceptForm,
  'item.replyOnSpot': ReplyOnSpotForm,
  'item.progress': ProgressForm,
  'item.transfer': TransferForm,
  'item.escalate': EscalateForm,
  'item.escalationAnswer': EscalationAnswerForm,
  'item.decide': DecideForm,
  'item.extend': ExtendForm,
  'item.reply': ReplyForm,
  'item.recordRating': RecordRatingForm,
}

const NO_ACCESS: ClientError = { code: 'NOT_FOUND', message: '没有找到这件事，或您无权查看' }
const showError = (error: ClientError) => void Taro.showToast({ title: error.message, icon: 'none' })

/** 事项 (?id=): one matter as staff see it, with what the caller may do now. */
export default function StaffItemPage() {
  const id = readParam(useRouter().params.id)
  const { loaded, load, replace } = useRecord(id, (id) => callStaff({ action: 'item.get', id }), { noAccess: NO_ACCESS, onQuietError: showError })
  const [me, setMe] = useState<Me | null>(null)
  const [open, setOpen] = useState<Open>(null)

  useEffect(() => {
    void loadMe().then((reply) => reply.ok && setMe(reply.data))
  }, [])

  /** The server's answer to an action is the matter as it is now. */
  const done = (item: StaffItemDetail) => {
    replace(item)
    setOpen(null)
    Taro.showToast({ title: '已保存', icon: 'success' })
  }

  if (loaded.status !== 'ready') return <RecordUnavailable className='staff-item-page' state={loaded} noAccess={NO_ACCESS} onRetry={() => void load()} />

  const item = loaded.data
  const Form = open ? FORMS[open.action] : null
  const title = open ? (open.stepIndex !== undefined ? '完成步骤' : ACTIONS.find((a) => a.action === open.action)?.label ?? '') : ''
  const close = () => setOpen(null)

  return (
    <PageShell className='staff-item-page'>
      <HeadCard item={item} />
      <ActionBar item={item} onOpen={(action) => setOpen({ action })} />
      <PendingExtension item={item} onDone={done} />
      <ContentCard item={item} />
      <ContactCard item={item} />
      <ItemNotices itemId={item.id} />
      <HandlingCard item={item} />
      <StepsCard item={item} onTick={(stepIndex) => setOpen({ action: 'item.progress', stepIndex })} />
      <EscalationCard item={item} />
      <AssignCard item={item} me={me} onDone={done} />
      <ExtensionsCard item={item} />
      <ReplyCard item={item} />
      <ItemVisits itemId={item.id} />
      <View className='sf-chip staff-item-page__print' data-testid='open-forms' onClick={() => Taro.navigateTo({ url: `/staff/pages/forms/index?id=${encodeURIComponent(item.id)}` })}>
        打印登记表（收集、办理、反馈、评议）
      </View>
      {holdsGroup(me, HANDLERS) ? (
        // goes to the level above, never onto this matter: only the point is passed on
        <View className='sf-chip staff-item-page__print' data-testid='open-clue' onClick={() => Taro.navigateTo({ url: `/staff/pages/discipline-file/index?point=${encodeURIComponent(item.pointCode)}` })}>
          向上级党委反映违纪问题
        </View>
      ) : null}
      <View className='section-title'>办理记录（含内部记录）</View>
      <View className='card'>
        <Timeline entries={item.timeline} />
      </View>

      <Sheet title={title} open={open !== null} onClose={close} testId='staff-form'>
        {open && Form ? (
          open.action === 'item.progress' ? (
            <ProgressForm key={`p-${open.stepIndex ?? 'note'}`} item={item} me={me} onDone={done} onCancel={close} stepIndex={open.stepIndex} />
          ) : (
            <Form key={open.action} item={item} me={me} onDone={done} onCancel={close} />
          )
        ) : null}
      </Sheet>
    </PageShell>
  )
}
