import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'

/** The search line above the tabs: type, then 搜索 (or the keyboard's search key). */
export default function SearchBox({ active, onSearch, onClear }: { active: boolean; onSearch: (q: string) => void; onClear: () => void }) {
  const [text, setText] = useState('')
  const clear = () => {
    setText('')
    onClear()
  }
  return (
    <View className='wb-search' data-testid='workbench-search'>
      <View className='wb-search__input' data-testid='search-input'>
        <Input
          className='sf-input'
          type='text'
          value={text}
          placeholder='编号、姓名、电话、类别'
          maxLength={30}
          confirmType='search'
          onChange={setText}
          onConfirm={() => onSearch(text)}
        />
      </View>
      <Button type='primary' size='large' className='wb-search__go' data-testid='search-go' onClick={() => onSearch(text)}>
        搜索
      </Button>
      {active ? (
        <Button size='large' className='wb-search__clear' data-testid='search-clear' onClick={clear}>
          返回
        </Button>
      ) : null}
    </View>
  )
}
