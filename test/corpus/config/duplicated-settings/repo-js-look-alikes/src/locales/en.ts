export default {
  dir: 'ltr',
  dateFormat: 'yyyy-MM-dd',
  firstDayOfWeek: 1,
  currency: 'EUR',
  greeting: 'hello-en',
};
