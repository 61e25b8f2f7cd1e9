export default definePageConfig({ navigationBarTitleText: '向上级党委反映' })
