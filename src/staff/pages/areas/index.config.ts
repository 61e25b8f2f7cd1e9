export default definePageConfig({ navigationBarTitleText: '包片' })
