import { useEffect, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Input, TextArea } from '@nutui/nutui-react-taro'
import type { ClueFilerView, CluePersonView } from '../../../domain/discipline/api'
import { clueDraftSchema, CLUE_CONTENT } from '../../../domain/discipline/schemas'
import { charCount, parseWith, type FieldErrors } from '../../../domain/kernel/validation'
import type { ClientResult } from '../../api/result'
import type { DraftPhoto } from '../../lib/draftShape'
import { randomId } from '../../lib/randomId'
import { isRecord, readStored, removeStored, writeStored } from '../../lib/storage'
import PhotoPicker, { usePhotoUploads } from '../PhotoPicker'
import { InlineAlert } from '../States'
import './index.scss'

export interface ClueEvent {
  requestId: string
  pointCode: string
  about: string | { staff: string }
  content: string
  photos?: string[]
}

interface Props {
  /** the points it may be about; one is picked for the filer when there is only one */
  points: { code: string; name: string }[]
  initialPoint?: string | null
  loadPeople: (pointCode: string) => Promise<ClientResult<{ people: CluePersonView[] }>>
  send: (event: ClueEvent) => Promise<ClientResult<ClueFilerView>>
  onFiled: (clue: ClueFilerView) => void
}

const DRAFT = 'shuoshi.clueDraft'
interface Draft {
  about: string
  content: string
  requestId: string
}
const isDraft = (v: unknown): v is Draft => isRecord(v) && typeof v.about === 'string' && typeof v.content === 'string' && typeof v.requestId === 'string'

/**
 * 反映违纪问题: where it arose, whom it concerns (written, or picked from the point's
 * people), what happened, photos. The draft is kept on the phone until it is sent; one
 * request id per draft, so a retry after a lost reply files it once.
 */
export default function ClueForm({ points, initialPoint, loadPeople, send, onFiled }: Props) {
  const saved = useRef(readStored(DRAFT, isDraft)).current
  const [point, setPoint] = useState<string | null>(initialPoint ?? (points.length === 1 ? points[0].code : null))
  const [aboutText, setAboutText] = useState(saved?.about ?? '')
  const [picked, setPicked] = useState<CluePersonView | null>(null)
  const [people, setPeople] = useState<CluePersonView[] | null>(null)
  const [content, setContent] = useState(saved?.content ?? '')
  const [photos, setPhotos] = useState<DraftPhoto[]>([])
  const uploads = usePhotoUploads(photos, (update) => setPhotos(update))
  const [requestId, setRequestId] = useState(saved?.requestId ?? randomId(24))
  const [fields, setFields] = useState<FieldErrors>({})
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => writeStored(DRAFT, { about: aboutText, content, requestId }), [aboutText, content, requestId])
  useEffect(() => {
    setPicked(null)
    setPeople(null)
  }, [point])

  const openPeople = async () => {
    if (!point) return setFields({ pointCode: '请先选择说事点' })
    const r = await loadPeople(point)
    if (r.ok) setPeople(r.data.people)
    else setError(r.error.message)
  }

  const submit = async () => {
    if (busy || uploads.uploading) return
    const event = { pointCode: point ?? '', about: picked ? { staff: picked.openid } : aboutText.trim(), content: content.trim(), ...(photos.length ? { photos: photos.map((p) => p.fileID) } : {}) }
    const parsed = parseWith(clueDraftSchema, event)
    if (!parsed.ok) {
      setFields(parsed.fields)
      setError(parsed.message)
      return
    }
    setBusy(true)
    setError(null)
    const r = await send({ requestId, ...parsed.value })
    setBusy(false)
    if (!r.ok) return setError(r.error.message)
    removeStored(DRAFT)
    setAboutText('')
    setContent('')
    setPhotos([])
    setPicked(null)
    setRequestId(randomId(24))
    onFiled(r.data)
  }

  const count = charCount(content.trim())
  return (
    <View className='clue-form card' data-testid='clue-form'>
      <View className='clue-form__privacy'>只报送上级党委（乡镇或区县纪委）的联系人，本说事点的干部看不到，也查不到。您的身份只有他们知道。</View>
      <View className='clue-form__label'>在哪个说事点发现的</View>
      <View className='clue-form__chips'>
        {points.map((p) => (
          <View key={p.code} className={`clue-chip${p.code === point ? ' clue-chip--on' : ''}`} data-testid={`clue-point-${p.code}`} onClick={() => setPoint(p.code)}>
            {p.name}
          </View>
        ))}
      </View>
      {fields.pointCode ? <Text className='clue-form__error'>{fields.pointCode}</Text> : null}
      <View className='clue-form__label'>反映谁（职务、姓名）</View>
      {picked ? (
        <View className='clue-chip clue-chip--on' data-testid='clue-picked' onClick={() => setPicked(null)}>
          {picked.name}（{picked.roleLabel}） ✕
        </View>
      ) : (
        <Input className='clue-form__input' data-testid='clue-about' value={aboutText} maxLength={50} placeholder='例如：某村干部、某工作人员' clearable onChange={setAboutText} />
      )}
      {!picked ? (
        <View className='clue-form__link' data-testid='clue-open-people' onClick={() => void openPeople()}>
          从本说事点和上级的工作人员中选择
        </View>
      ) : null}
      {people && !picked ? (
        <View className='clue-form__chips' data-testid='clue-people'>
          {people.length === 0 ? <Text className='clue-form__hint'>没有可选的人员，请直接填写</Text> : null}
          {people.map((p) => (
            <View key={p.openid} className='clue-chip' data-testid={`clue-person-${p.openid}`} onClick={() => setPicked(p)}>
              {p.name}（{p.roleLabel}）
            </View>
          ))}
        </View>
      ) : null}
      {fields.about ? <Text className='clue-form__error'>{fields.about}</Text> : null}
      <View className='clue-form__label'>
        反映的问题
        <Text className='clue-form__count'>
          {' '}
          {count}/{CLUE_CONTENT.max}
        </Text>
      </View>
      <TextArea className='large-textarea' data-testid='clue-content' value={content} maxLength={-1} rows={6} autoSize placeholder={`时间、地点、经过，至少 ${CLUE_CONTENT.min} 个字`} onChange={setContent} />
      {fields.content ? <Text className='clue-form__error'>{fields.content}</Text> : null}
      <View className='clue-form__label'>照片（可不传）</View>
      <PhotoPicker photos={photos} pending={uploads.pending} canAdd={uploads.canAdd} onAdd={() => void uploads.addPhotos()} onRetry={uploads.retryPhoto} onRemove={uploads.removePhoto} />
      {error ? <InlineAlert message={error} testId='clue-error' /> : null}
      <Button type='primary' size='large' block loading={busy} disabled={busy || uploads.uploading} data-testid='clue-submit' onClick={() => void submit()}>
        报送上级党委
      </Button>
    </View>
  )
}
