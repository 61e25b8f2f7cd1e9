import { describe, expect, it } from 'vitest'
import { findPersonalData, redact, redactAll } from '.'

const contact = { name: '刘桂芳', address: '新东社区幸福路12号3单元501室' }

describe('redact: phone numbers', () => {
  it.each([
    ['我的电话13812345678，请尽快联系', '13812345678'],
    ['有事打 138 1234 5678 找我', '138 1234 5678'],
    ['手机：138-1234-5678。', '138-1234-5678'],
    ['号码是+86 139 0000 1111', '139 0000 1111'],
    ['座机0571-88886666，白天有人', '88886666'],
    ['座机（0571）88886666', '88886666'],
    ['家里电话 8888 6666 晚上打', '8888 6666'],
    ['电话 86512345 转 203', '86512345'],
    ['打我电话一三八一二三四五六七八就行', '一三八一二三四五六七八'],
  ])('removes it from %s', (text, number) => {
    const out = redact(text, {})
    expect(out).not.toContain(number)
    expect(out.replace(/\D/g, '')).not.toMatch(/\d{7,}/)
    expect(out).toContain('＊')
  })
})

describe('redact: identity numbers', () => {
  it.each([
    ['身份证号330106198001011234，户口在本村', '330106198001011234'],
    ['身份证 33010619800101123X 丢了', '33010619800101123X'],
    ['证件号码 330106 19800101 123x', '123x'],
    ['老身份证号330106800101123', '330106800101123'],
  ])('removes it from %s', (text, id) => {
    const out = redact(text, {})
    expect(out).not.toContain(id)
    expect(out).not.toMatch(/\d{5,}/)
  })
})

describe('redact: the resident’s own name and address', () => {
  it('removes the name from the contact wherever it appears', () => {
    const out = redact('我是刘桂芳，家里老人行动不便，刘桂芳的老伴也住院了', contact)
    expect(out).not.toContain('刘桂芳')
    expect(out).toContain('家里老人行动不便')
  })

  it('removes the contact’s address and its parts', () => {
    const out = redact('我家住新东社区幸福路12号3单元501室，楼道灯坏了', contact)
    expect(out).not.toContain('幸福路12号')
    expect(out).not.toContain('501')
    expect(out).toContain('楼道灯坏了')
  })

  it('removes the given name said on its own', () => {
    expect(redact('大家都叫我桂芳，麻烦帮帮忙', contact)).not.toContain('桂芳')
  })
})

describe('redact: names introduced in the text', () => {
  it.each([
    ['您好，我叫王小明，住在村东头', '王小明'],
    ['本人李红梅，反映一个情况', '李红梅'],
    ['联系人：赵四海', '赵四海'],
    ['我姓孙，是三组的', '孙'],
    ['隔壁的王大妈天天在楼道里堆杂物', '王大妈'],
    ['邻居陈国栋家装修噪音很大', '陈国栋'],
    ['找了物业的周经理也没用', '周经理'],
    ['请张建国同志负责落实', '张建国'],
    ['欧阳娜娜女士反映的问题已处理', '欧阳娜娜'],
  ])('removes the name in %s', (text, name) => {
    expect(redact(text, {})).not.toContain(name)
  })

  it('a name introduced once is removed wherever it appears again, in every text of the matter', () => {
    const [words, answer] = redactAll(
      ['邻居孙志强家空调漏水，孙志强说不归他管', '已协调物业维修孙志强家空调外机，志强本人也同意'],
      {},
    )
    expect(words + answer).not.toContain('孙志强')
    expect(answer).not.toContain('志强')
    expect(answer).toContain('已协调物业维修')
  })

  it.each([['我是王小明，想问低保的事', '王小明']])('removes a name said as 我是… in %s', (text, name) => {
    expect(redact(text, {})).not.toContain(name)
  })

  it('removes names it is told, e.g. whoever signed the answer', () => {
    expect(redact('经网格员吴敏核实，路灯已修复', { names: ['吴敏'] })).not.toContain('吴敏')
  })
})

describe('redact: addresses in the text', () => {
  it.each([
    ['我住在建设路45号，门口下水道堵了', '建设路45号'],
    ['阳光花园小区3栋2单元402室漏水', '3栋2单元402'],
    ['和平小区十二幢三单元五零一，暖气不热', '十二幢三单元五零一'],
    ['我家在城南街道人民路188弄6号楼', '188弄'],
    ['张家村三组的路灯不亮', '张家村三组'],
    ['李庄村5组12号的王家', '李庄村5组12号'],
    ['在幸福里小区8号楼1单元', '8号楼1单元'],
    ['住东风巷7号', '东风巷7号'],
  ])('removes it from %s', (text, fragment) => {
    expect(redact(text, {})).not.toContain(fragment)
  })
})

describe('redact: what stays', () => {
  it('keeps the matter readable: dates, amounts, ages, public places', () => {
    const text = '2024年3月15日以来，小区门口的路灯一直不亮，80岁老人晚上出门很危险，补贴500元什么时候发？'
    expect(redact(text, {})).toBe(text)
  })

  it('keeps words that look like names but are not', () => {
    for (const text of ['我是高龄老人，腿脚不便', '党支部书记来看过了', '找过居委会主任和物业管理处']) {
      expect(redact(text, {})).toBe(text)
    }
  })

  it('keeps words that merely start with a surname', () => {
    const text = '希望社区尽快安排人员来看看，王道理说不通就请领导协调'
    expect(redact(text, {})).toContain('希望社区尽快安排人员来看看')
  })

  it('a whole real-looking matter keeps no personal data', () => {
    const text =
      '您好，我叫刘桂芳，住新东社区幸福路12号3单元501室，手机 139-5712-3456。' +
      '楼上邻居孙志强家的空调外机漏水，滴到我家窗台，找了物业的周经理也没用。' +
      '我身份证号330106195802154321，如需核实可以打家里座机0571-86543210。'
    const out = redact(text, contact)
    for (const bit of ['刘桂芳', '幸福路12号', '501', '139', '3456', '孙志强', '周经理', '330106', '86543210']) {
      expect(out).not.toContain(bit)
    }
    expect(out).toContain('空调外机漏水')
  })

  it('is stable: redacting twice changes nothing more', () => {
    const once = redact('我叫王小明，电话13812345678，住建设路45号', {})
    expect(redact(once, {})).toBe(once)
  })
})

describe('redact: however it is written', () => {
  it.each([
    ['电话 1 3 9 8 7 6 5 4 3 2 1 找我', '98765'],
    ['手机138.7654.3210', '3210'],
    ['打138—7654—3211', '3211'],
    ['号码138_7654_3212或者138/7654/3213', '765'],
    ['+86 138 1234 5678', '5678'],
    ['8613812345678', '5678'],
    ['0086-138-1234-5679', '5679'],
    ['电话１３８１２３４５６７８', '５６７８'],
    ['电话一三九零零零零一一一一', '一一一一'],
    ['电话幺三九〇〇〇〇幺幺幺幺', '幺幺幺幺'],
    ['身份证 3 3 0 1 0 6 1 9 8 0 0 1 0 1 1 2 3  X', '1 2 3'],
    ['车牌浙A·12345，新能源沪AD12345', '12345'],
    ['工资卡 6222 0212 3456 7890 128', '7890'],
    ['电话138:1234:5678，或138#1234#5679', '567'],
  ])('masks it in %s', (text, bit) => {
    const out = redact(text, {})
    expect(out).not.toContain(bit)
    expect(out).toContain('＊')
  })

  it.each([
    ['家在幸福路 88 弄 3 号，六楼，楼道灯坏了', '家在＊＊，楼道灯坏了'],
    ['我住幸福路 90 弄 2 号', '我住＊＊'],
  ])('masks the address written with spaces in %s', (text, expected) => {
    expect(redact(text, {})).toBe(expected)
  })

  it('masks the span in the original text and says what it found', () => {
    const text = '您好，我叫 王 小 明，电话 138—7654—3210，住幸福路 88 弄 3 号。'
    const found = findPersonalData(text).map((s) => [s.kind, text.slice(s.start, s.end)])
    expect(found).toEqual([
      ['name', '王 小 明'],
      ['mobile', '138—7654—3210'],
      ['address', '幸福路 88 弄 3 号'],
    ])
    expect(redact(text, {})).toBe('您好，我叫 某某，电话 ＊＊＊，住＊＊。')
  })
})

describe('redact: ordinary words stay', () => {
  it.each(['楼里六户都说电梯坏了', '请到社区一楼窗口办理', '3号楼东侧空地建充电棚', '坐12路到幸福路站下车', '2026年满意度95%，补贴1,200元', '2026.3.1-2026.3.5 14:30-16:30 体检'])(
    '%s',
    (text) => expect(redact(text, {})).toBe(text),
  )

  it('the answering cadre’s name stays: a public official acting in office', () => {
    const [words, answer] = redactAll(['我叫刘桂芳，楼道灯坏了', '经网格员吴敏上门核实，李秀英书记已协调物业修好，刘桂芳阿姨家门口也装了灯'], {
      name: '刘桂芳',
      keep: ['吴敏', '李秀英'],
    })
    expect(words).toBe('我叫某某，楼道灯坏了')
    expect(answer).toBe('经网格员吴敏上门核实，李秀英书记已协调物业修好，某某阿姨家门口也装了灯')
  })

  it('a contact address with no number (just the community) blanks nothing', () => {
    expect(redact('新东社区的路灯坏了', { address: '新东社区' })).toBe('新东社区的路灯坏了')
  })

  it('the resident’s phone and address from the contact, however the text writes them', () => {
    const out = redact('打我 139-5712-3456 或去新东社区幸福路 12 号', { phone: '13957123456', address: '新东社区幸福路12号' })
    expect(out).not.toMatch(/3456|12 号/)
  })
})
