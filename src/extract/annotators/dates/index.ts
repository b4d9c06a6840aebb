export { datesAnnotator } from './dates-annotator.js';
export {
  solarMonthLength,
  solarToYmd as solarHijriToGregorian,
  ymdToSolar as gregorianToSolarHijri,
  type Ymd,
} from './_calendar.js';
