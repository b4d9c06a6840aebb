import { describe, expect, it } from 'vitest';
import { persianLexicon } from './_lexicon.js';
import { keyOf } from './_tokens.js';
import { WordClass, wordClassOf } from './_word-classes.js';
import { findEntityMentions } from './index.js';

function found(text: string, kind: 'person' | 'organization'): string[] {
  return findEntityMentions(text)
    .filter((e) => e.kind === kind)
    .map((e) => e.text);
}

describe('Persian verbs end names', () => {
  it('takes no verb or compound-verb noun for a surname', () => {
    expect(found('مراسم بزرگداشت امام موسی برگزار می‌شود.', 'person')).not.toContain('موسی برگزار');
    expect(found('پس از دیدار با مادرش، زهرا رفت.', 'person')).toEqual([]);
    expect(found('در این فیلم مهدی فتحی بازی می‌کند.', 'person')).toEqual(['مهدی فتحی']);
  });

  it('still reads a surname before a noun that starts no verb', () => {
    expect(found('حسین رضایی مصاحبه کرد.', 'person')).toEqual(['حسین رضایی']);
    expect(found('خانم کاظمی تشکر کرد.', 'person')).toEqual(['کاظمی']);
  });

  it('ends an organization before the noun of a compound verb', () => {
    expect(found('اعضای انجمن صنفی معلمان همراهی می‌کنند.', 'organization')).toEqual(['انجمن صنفی معلمان']);
    expect(found('کمیته پیگیری هنوز تشکیل نشده است.', 'organization')).toEqual(['کمیته پیگیری']);
    expect(found('کمیته پیگیری تشکیل نشده‌اند.', 'organization')).toEqual(['کمیته پیگیری']);
  });
});

describe('Persian words after a title that are no name', () => {
  it('gives a title right after a name to that person, and takes the object after it for no name', () => {
    const mentions = findEntityMentions('غلامحسین محسنی اژه‌ای رئیس قوه قضاییه معترضان را تهدید کرد.');
    expect(mentions.filter((e) => e.kind === 'person').map((e) => [e.text, e.role])).toEqual([
      ['غلامحسین محسنی اژه‌ای', 'رئیس قوه قضاییه'],
    ]);
    expect(found('محمود علوی وزیر اطلاعات دانشجویان را متهم کرد.', 'person')).toEqual(['محمود علوی']);
    // Not after a name, a title still opens one.
    expect(found('رئیس قوه قضاییه اژه‌ای گفت که پرونده باز است.', 'person')).toEqual(['اژه‌ای']);
  });

  it('takes the noun of a compound verb after a title for no name', () => {
    expect(found('وزیر اطلاعات پاسخ داد که چنین نیست.', 'person')).toEqual([]);
    expect(found('دکتر شریعتی در این باره نوشت.', 'person')).toEqual(['شریعتی']);
  });

  it('takes the country of an office or a discourse word after a title for no name', () => {
    expect(found('وزیر امور خارجه مصر گفت که مذاکرات ادامه دارد.', 'person')).toEqual([]);
    expect(found('وزیر اطلاعات بار دیگر تأکید کرد.', 'person')).toEqual([]);
  });

  it('takes a courtesy or temporal adjective after a title for no name', () => {
    expect(found('در زمان حیات امام راحل این کتاب منتشر شد.', 'person')).toEqual([]);
    expect(found('از جناب عالی تشکر می‌کنم.', 'person')).toEqual([]);
  });
});

describe('Persian places named after people', () => {
  it('takes a name in the name of a street or a building for no person', () => {
    expect(found('تجمع در خیابان شهید بهشتی برگزار شد.', 'person')).toEqual([]);
    expect(found('هواپیما در فرودگاه بین‌المللی امام خمینی نشست.', 'person')).toEqual([]);
  });

  it('still reads the person where no such head comes before the name', () => {
    expect(found('شهید بهشتی در میدان سخنرانی کرد.', 'person')).toEqual(['بهشتی']);
  });
});

describe('Persian speakers named by their surname', () => {
  it('takes the subject of a speech verb when it looks like a surname', () => {
    expect(found('کاظمی‌نژاد گفت: دادگاه برگزار نشد.', 'person')).toEqual(['کاظمی‌نژاد']);
    expect(found('در جلسه دیروز، صادقی افزود که بازداشت‌ها ادامه دارد.', 'person')).toEqual(['صادقی']);
    expect(found('موسوی تبریزی اظهار داشت: زندانیان آزاد شوند.', 'person')).toEqual(['موسوی تبریزی']);
    expect(found('نمایندگان و رستمی در ادامه گفت که طرح رد شد.', 'person')).toEqual(['رستمی']);
  });

  it('takes no pronoun, office, indefinite noun or non-subject for a speaker', () => {
    expect(found('وی گفت: اعتراض‌ها پایان یافت.', 'person')).toEqual([]);
    expect(found('یکی گفت: چرا؟ شخصی گفت: نمی‌دانم.', 'person')).toEqual([]);
    expect(found('شاهد گفت که گلوله شلیک شد.', 'person')).toEqual([]);
    expect(found('وزیر گفت که آمار درست نیست.', 'person')).toEqual([]);
    expect(found('روزنامه درباره کریمی نوشت که آزاد شد.', 'person')).toEqual([]);
  });
});

describe('Persian names in lists and before an office', () => {
  it('reads the other items of a list that names a person as names', () => {
    expect(found('در این جلسه، حسین کاظمی، باقری و فرهادی‌نژاد، سخنرانی کردند.', 'person')).toEqual([
      'حسین کاظمی',
      'باقری',
      'فرهادی‌نژاد',
    ]);
    expect(found('تقوی و حسین کاظمی به دیدار او رفتند.', 'person')).toEqual(['تقوی', 'حسین کاظمی']);
  });

  it('takes no office before a comma for a list item', () => {
    expect(found('وزیر امور اقتصادی و دارائی، حسین کاظمی، در جلسه حاضر بود.', 'person')).toEqual([
      'حسین کاظمی',
    ]);
  });

  it('reads a surname set before an office as a name', () => {
    expect(found('در همین حال، کریمی سفیر ایران در لندن گفت که مذاکرات ادامه دارد.', 'person')).toEqual([
      'کریمی',
    ]);
    expect(found('رحمانی، معاون وزیر کشور، از این طرح دفاع کرد.', 'person')).toEqual(['رحمانی']);
  });

  it('reads two words of any name set off by commas before an office as a name', () => {
    expect(found('در این دیدار، نورمن مینتا، وزیر بازرگانی آمریکا، حضور داشت.', 'person')).toEqual([
      'نورمن مینتا',
    ]);
    expect(found('ساعاتی بعد، سخنگوی دولت اعلام کرد که جلسه لغو شد.', 'person')).toEqual([]);
  });

  it('reads the surname words are credited to as a name, and no outlet or witnesses', () => {
    expect(found('به گفته رسولی، بازداشت‌ها ادامه دارد.', 'person')).toEqual(['رسولی']);
    expect(found('به گفته تلویزیون محلی، لاشه هواپیما پیدا شد.', 'person')).toEqual([]);
    expect(found('به گفته شاهدان، ده نفر زخمی شدند.', 'person')).toEqual([]);
  });

  it('reads a surname before an age as a name, and no common noun', () => {
    expect(found('بنابر گزارش‌ها، رسولی، ۲۵ ساله، بازداشت شد.', 'person')).toEqual(['رسولی']);
    expect(found('کودک ۵ ساله در بیمارستان درگذشت.', 'person')).toEqual([]);
  });

  it('takes no plural noun before an office for a name', () => {
    expect(found('کشورهای عضو سازمان ملل موافقت کردند.', 'person')).toEqual([]);
    expect(found('در نشست دیروز، همکاری وزیر با مجلس بررسی شد.', 'person')).toEqual([]);
  });
});

describe('Persian given names', () => {
  it('opens a name with a common given name, also a compound one written as one word', () => {
    expect(found('فرحناز کریمی و امیرحسین مرادی بازداشت شدند.', 'person')).toEqual([
      'فرحناز کریمی',
      'امیرحسین مرادی',
    ]);
    expect(found('حکم زهراسادات موسوی صادر شد.', 'person')).toEqual(['زهراسادات موسوی']);
    expect(persianLexicon.givenNames.get(keyOf('محمدامین'))).toBe('male');
    expect(persianLexicon.givenNames.get(keyOf('فاطمه‌سادات'))).toBe('female');
    expect(persianLexicon.givenNames.has(keyOf('امیرکبیر'))).toBe(false);
  });

  it('reads a name that ends a list item, with the next name after the comma', () => {
    expect(found('در این نشست ستاره اسکندری، مینا کاظمی و چند نفر دیگر حضور داشتند.', 'person')).toEqual([
      'ستاره اسکندری',
      'مینا کاظمی',
    ]);
  });

  it('opens a name with a foreign given name as Persian news writes it', () => {
    expect(found('جیمز کارتر و دیوید کامرون در این دیدار گفت‌وگو کردند.', 'person')).toEqual([
      'جیمز کارتر',
      'دیوید کامرون',
    ]);
    expect(found('به گفته ماریا گونزالس، این طرح اجرا شد.', 'person')).toEqual(['ماریا گونزالس']);
  });

  it('reads the name after "بن" as the surname', () => {
    expect(found('محمد بن سلمان به واشنگتن سفر کرد.', 'person')).toEqual(['محمد بن سلمان']);
    expect(found('نیروهای اسامه بن لادن عقب نشستند.', 'person')).toEqual(['اسامه بن لادن']);
  });

  it('takes no adverb for a surname', () => {
    expect(found('گزارش شد که چارلز احتمالا به تهران می‌آید.', 'person')).toEqual([]);
  });

  it('opens a name with a common-word given name before a surname of a surname form or from a city', () => {
    expect(found('در بخش مردان حسن عباسی‌فر مقابل حریف خود پیروز شد.', 'person')).toEqual(['حسن عباسی‌فر']);
    expect(found('گل‌ها را ندا شیرازی و مونا کرمانی به ثمر رساندند.', 'person')).toEqual([
      'ندا شیرازی',
      'مونا کرمانی',
    ]);
    expect(found('حسن مرادی از اراک به مجلس رفت.', 'person')).toEqual(['حسن مرادی']);
    expect(found('مراد از این سخن روشن است.', 'person')).toEqual([]);
  });

  it('opens no name with a given name that is also a common word', () => {
    expect(found('جشن میلاد باسعادت حضرت فاطمه برگزار شد.', 'person')).not.toContain('میلاد باسعادت');
    expect(found('پیمان همکاری دو کشور امضا شد.', 'person')).toEqual([]);
    expect(found('بودجه عمران شهری کاهش یافت.', 'person')).toEqual([]);
  });
});

describe('Persian organization names end before verbs and participles', () => {
  it('takes no verb with a preverb or form of "بود" into the name', () => {
    expect(found('این کار از عهده قوه مجریه برنمی‌آید.', 'organization')).toEqual(['قوه مجریه']);
    expect(found('گفته شد که اعضای کانون نویسندگان نبودند.', 'organization')).toEqual(['کانون نویسندگان']);
  });

  it('takes no participle or "the said" into the name', () => {
    expect(found('سهام شرکت کلرمونت متعلق به دولت است.', 'organization')).toEqual(['شرکت کلرمونت']);
    expect(found('به گفته او، شرکت مذکور حساب‌های خود را بسته است.', 'organization')).toEqual([]);
  });
});

describe('Persian organizations inside organizations', () => {
  it('reads a body followed by the organization it belongs to as one name', () => {
    expect(found('عضو کمیسیون امنیت ملی مجلس شورای اسلامی گفت که طرح تصویب شد.', 'organization')).toEqual([
      'کمیسیون امنیت ملی مجلس شورای اسلامی',
    ]);
    expect(found('کمیته انضباطی فدراسیون فوتبال این حکم را صادر کرد.', 'organization')).toEqual([
      'کمیته انضباطی فدراسیون فوتبال',
    ]);
  });

  it('keeps a registered organization after a bare head word or an office on its own', () => {
    expect(found('سخنگوی سپاه گفت که ستاد سپاه آماده است.', 'organization')).toEqual(['سپاه', 'سپاه']);
  });
});

describe('Persian head words that name no organization', () => {
  it('takes a head word after a quantifier or determiner for a common noun', () => {
    expect(found('به گفته یک شرکت بیمه، خسارت‌ها زیاد است.', 'organization')).toEqual([]);
    expect(found('آنان باید در یک دادگاه بین‌المللی محاکمه شوند.', 'organization')).toEqual([]);
    expect(found('دو تیم ایران و اتریش دیروز بازی کردند.', 'organization')).toEqual(['تیم ایران']);
  });

  it('takes "با شرکت" before a count or a plural for taking part, not a company', () => {
    expect(found('جشنواره با شرکت بیست گروه نمایشی برگزار شد.', 'organization')).toEqual([]);
    expect(found('نشست با شرکت تشکل‌های دانشجویی برگزار شد.', 'organization')).toEqual([]);
    expect(found('وزارت نفت با شرکت ملی گاز به توافق رسید.', 'organization')).toEqual([
      'وزارت نفت',
      'شرکت ملی گاز',
    ]);
  });

  it('takes a head word that opens a common noun for no organization', () => {
    expect(found('کمبود نیروی انسانی متخصص در این صنعت جدی است.', 'organization')).toEqual([]);
    expect(found('دو عضو هیأت علمی دانشگاه بازداشت شدند.', 'organization')).toEqual([]);
    expect(found('نیروی هوایی سپاه اعلام کرد.', 'organization')).toEqual(['نیروی هوایی سپاه']);
  });

  it('takes a population or a capital for no organization, and a society or center with a name for one', () => {
    expect(found('جمعیت ایران به ۸۵ میلیون نفر رسید.', 'organization')).toEqual([]);
    expect(found('خرم‌آباد مرکز استان لرستان است.', 'organization')).toEqual([]);
    expect(found('جمعیت هلال احمر ایران کمک فرستاد.', 'organization')).toEqual(['جمعیت هلال احمر ایران']);
    expect(found('مرکز آمار ایران این گزارش را منتشر کرد.', 'organization')).toEqual(['مرکز آمار ایران']);
  });
});

describe('Persian teams and governments named by their place', () => {
  it('reads a team named by its country or city as an organization', () => {
    expect(found('تیم ملی فوتبال ایران دیروز به مصاف تیم ژاپن رفت.', 'organization')).toEqual([
      'تیم ملی فوتبال ایران',
      'تیم ژاپن',
    ]);
  });

  it('reads the government of a country as an organization, and a government no place names as none', () => {
    expect(found('دولت آمریکا تحریم‌های تازه‌ای اعلام کرد.', 'organization')).toEqual(['دولت آمریکا']);
    expect(found('دولت سیزدهم بودجه را تقدیم کرد.', 'organization')).toEqual([]);
  });

  it('takes a team that no place names for no organization', () => {
    expect(found('تیم پزشکی بیمارستان به محل حادثه رفت.', 'organization')).toEqual([]);
    expect(found('یک تیم تحقیق به تهران اعزام شد.', 'organization')).toEqual([]);
  });
});

describe('Persian registered names and organization titles', () => {
  it('takes "سید" before a registered name into the name', () => {
    const [e] = findEntityMentions('دکتر سید عطاءالله مهاجرانی دیروز به تهران آمد.');
    expect([e?.text, e?.name]).toEqual(['سید عطاءالله مهاجرانی', 'Ataollah Mohajerani']);
  });

  it('reads "رئیس سازمان X" as the head of organization X, not as a person named X', () => {
    const text = 'رئیس سازمان زندان‌ها گفت که زندانی آزاد شد.';
    expect(found(text, 'person')).toEqual([]);
    expect(found(text, 'organization')).toEqual(['سازمان زندان‌ها']);
  });
});

describe('Persian organization names joined by "و"', () => {
  it('reads two nouns joined by "و" and what completes them', () => {
    expect(found('وزارت فرهنگ و ارشاد اسلامی مجوز کتاب را لغو کرد.', 'organization')).toEqual([
      'وزارت فرهنگ و ارشاد اسلامی',
    ]);
    expect(found('رئیس اداره آموزش و پرورش استان منصوب شد.', 'organization')).toEqual([
      'اداره آموزش و پرورش استان',
    ]);
  });

  it('stops before "و" when a common word or a given name follows it', () => {
    expect(found('مأموران وزارت اطلاعات و مردم عادی درگیر شدند.', 'organization')).toEqual(['وزارت اطلاعات']);
    const text = 'اعضای کمیته پیگیری و حسین کریمی بازداشت شدند.';
    expect(found(text, 'organization')).toEqual(['کمیته پیگیری']);
    expect(found(text, 'person')).toEqual(['حسین کریمی']);
  });
});

describe('Persian organization head words', () => {
  it('reads prosecutors, governorates, embassies and unions as organizations', () => {
    expect(found('دادستانی تهران کیفرخواست صادر کرد.', 'organization')).toEqual(['دادستانی تهران']);
    expect(found('تجمع مقابل سفارت ایران در لندن برگزار شد.', 'organization')).toEqual(['سفارت ایران']);
    expect(found('اعضای سندیکای معلمان بازداشت شدند.', 'organization')).toEqual(['سندیکای معلمان']);
  });

  it('reads parliaments, radio and television stations and academies as organizations', () => {
    expect(found('نمایندگان پارلمان کانادا این قطعنامه را تصویب کردند.', 'organization')).toEqual([
      'پارلمان کانادا',
    ]);
    expect(found('تلویزیون دولتی عراق گزارش داد که سه نفر کشته شدند.', 'organization')).toEqual([
      'تلویزیون دولتی عراق',
    ]);
  });

  it('ends a name after the city, province or country it names', () => {
    expect(found('دادستانی تهران کیفرخواست صادر کرد.', 'organization')).toEqual(['دادستانی تهران']);
    expect(found('دادگستری خراسان رضوی حکم را تأیید کرد.', 'organization')).toEqual(['دادگستری خراسان رضوی']);
    expect(found('دانشگاه علوم پزشکی شیراز دانشجویان را اخراج کرد.', 'organization')).toEqual([
      'دانشگاه علوم پزشکی شیراز',
    ]);
  });

  it('names a registered organization on by the country or city right after it', () => {
    expect(found('وزارت اطلاعات ایران این گزارش را رد کرد.', 'organization')).toEqual([
      'وزارت اطلاعات ایران',
    ]);
    expect(found('نمایندگان مجلس ترکیه به این طرح رأی دادند.', 'organization')).toEqual(['مجلس ترکیه']);
  });

  it('names a registered Iranian body widened by Iran as itself, and one abroad as another body', () => {
    const names = (text: string): string[] => findEntityMentions(text).map((e) => e.name);
    expect(names('وزارت اطلاعات ایران این گزارش را رد کرد.')).toEqual(['Ministry of Intelligence']);
    expect(names('وزارت کشور روسیه این گزارش را رد کرد.')).toEqual(['وزارت کشور روسیه']);
  });

  it('names a parliament on by its term, and a body on by the office that speaks for it', () => {
    const names = (text: string): string[] => findEntityMentions(text).map((e) => e.name);
    expect(found('نمایندگان مجلس یازدهم طرح را تصویب کردند.', 'organization')).toEqual(['مجلس یازدهم']);
    expect(found('به گزارش روابط عمومی قوه قضاییه، سه نفر آزاد شدند.', 'organization')).toEqual([
      'روابط عمومی قوه قضاییه',
    ]);
    expect(names('به گزارش روابط عمومی قوه قضاییه، سه نفر آزاد شدند.')).toEqual(['Judiciary of Iran']);
  });

  it('reads the public and revolutionary prosecutor of a city as one name', () => {
    expect(found('دادسرای عمومی و انقلاب شهرستان ارومیه کیفرخواست صادر کرد.', 'organization')).toEqual([
      'دادسرای عمومی و انقلاب شهرستان ارومیه',
    ]);
  });

  it('names a body on by the province after it, past the word "استان"', () => {
    expect(found('اداره کل فرهنگ و ارشاد اسلامی استان گیلان مجوز نداد.', 'organization')).toEqual([
      'اداره کل فرهنگ و ارشاد اسلامی استان گیلان',
    ]);
  });

  it('reads the number of a criminal court as part of its name', () => {
    expect(found('دادگاه کیفری یک استان فارس او را به قصاص محکوم کرد.', 'organization')).toEqual([
      'دادگاه کیفری یک استان فارس',
    ]);
    expect(found('پرونده در دادگاه کیفری دو رسیدگی شد.', 'organization')).toEqual(['دادگاه کیفری دو']);
  });

  it('names a numbered branch of a court as part of the court', () => {
    expect(found('شعبه ۱۵ دادگاه انقلاب تهران او را به ده سال زندان محکوم کرد.', 'organization')).toEqual([
      'شعبه ۱۵ دادگاه انقلاب تهران',
    ]);
    expect(found('پرونده به شعبه سوم دادگاه انقلاب ارجاع شد.', 'organization')).toEqual([
      'شعبه سوم دادگاه انقلاب',
    ]);
  });

  it('names a registered name of one word on through its complement to the country after it', () => {
    expect(found('رئیس مجلس ملی عراق گفت که طرح تصویب می‌شود.', 'organization')).toEqual(['مجلس ملی عراق']);
    expect(found('سپاه دیروز در تهران مانور برگزار کرد.', 'organization')).toEqual(['سپاه']);
  });

  it('leaves a country before "را" to the verb, not to the organization before it', () => {
    expect(found('سازمان ملل ایران را محکوم کرد.', 'organization')).toEqual(['سازمان ملل']);
  });

  it('ends a name before a day or a time of day, and takes no head word alone', () => {
    expect(found('اعضای دفتر تحکیم وحدت عصر یکشنبه بازداشت شدند.', 'organization')).toEqual([
      'دفتر تحکیم وحدت',
    ]);
    expect(found('پرونده در دادستانی است.', 'organization')).toEqual([]);
  });
});

describe('Persian given names by their form', () => {
  it('takes "عبدال…" and "ابوال…" words for given names', () => {
    expect(found('عبدالصاحب موسوی و ابوالمعالی کریمی اعدام شدند.', 'person')).toEqual([
      'عبدالصاحب موسوی',
      'ابوالمعالی کریمی',
    ]);
    expect(wordClassOf(keyOf('عبدالناصر'), false) & WordClass.givenName).not.toBe(0);
    expect(wordClassOf(keyOf('عبدال'), false) & WordClass.givenName).toBe(0);
  });

  it('reads a given name written in two words', () => {
    expect(found('فضل الله افشار و زین العابدین رحیمی آزاد شدند.', 'person')).toEqual([
      'فضل الله افشار',
      'زین العابدین رحیمی',
    ]);
    expect(found('به حکم الله تن دادند.', 'person')).toEqual([]);
  });

  it('opens a name with a given name that is also a common word only before a surname', () => {
    expect(found('امید احمدی و حسن نوری‌زاده بازداشت شدند.', 'person')).toEqual([
      'امید احمدی',
      'حسن نوری‌زاده',
    ]);
    expect(found('با حسن نیت مذاکره کردند و امید بیشتری دارند.', 'person')).toEqual([]);
  });

  it('reads a second given name in brackets before the surname', () => {
    expect(found('حسین (بهمن) عباسی اعدام شد.', 'person')).toEqual(['حسین (بهمن) عباسی']);
    expect(found('حسین (بهمن) گفت که می‌آید.', 'person')).toEqual([]);
  });
});

describe('Persian names of state media', () => {
  it('names IRIB by its news desk and its full Persian name', () => {
    const names = (text: string): string[] => findEntityMentions(text).map((e) => e.name);
    expect(names('به گزارش واحد مرکزی خبر، سه نفر بازداشت شدند.')).toEqual([
      'Islamic Republic of Iran Broadcasting',
    ]);
    expect(names('سازمان صدا و سیمای جمهوری اسلامی ایران اعلام کرد.')).toEqual([
      'Islamic Republic of Iran Broadcasting',
    ]);
  });
});

describe('the Persian name of the Iranian state', () => {
  it('names the Islamic Republic of Iran as the government, alone or inside a body of it', () => {
    const names = (text: string): string[] => findEntityMentions(text).map((e) => e.name);
    expect(names('جمهوری اسلامی ایران این قطعنامه را نپذیرفت.')).toEqual(['Government of Iran']);
    expect(found('تجمع مقابل سفارت جمهوری اسلامی ایران برگزار شد.', 'organization')).toEqual([
      'سفارت جمهوری اسلامی ایران',
    ]);
  });
});

describe('Persian full names of state bodies', () => {
  it('names the Prisons Organization and the morality headquarters by their full names', () => {
    const names = (text: string): string[] => findEntityMentions(text).map((e) => e.name);
    expect(names('سازمان زندان‌ها و اقدامات تأمینی و تربیتی کشور اعلام کرد.')).toEqual([
      'Prisons Organization',
    ]);
    expect(names('ستاد امر به معروف و نهی از منکر اعلام کرد.')).toEqual([
      'Headquarters for Enjoining Right and Forbidding Evil',
    ]);
  });
});

describe('Persian surnames of two words', () => {
  it('takes a surname ending in a word of its own ("راد", "فر")', () => {
    expect(found('علی شکوری راد عضو هیأت رئیسه شد.', 'person')).toEqual(['علی شکوری راد']);
    expect(found('آقای محمدی راد گفت: مدیران برکنار شدند.', 'person')).toEqual(['محمدی راد']);
  });

  it('after a title, reads a second word the name ends with', () => {
    expect(found('دکتر پاتریک شاماش، مدیر کمیسیون، گفت.', 'person')).toEqual(['پاتریک شاماش']);
    expect(found('آقای کریمی امروز گفت که آزاد شد.', 'person')).toEqual(['کریمی']);
    expect(found('آقای صالحی پاسخ داد.', 'person')).toEqual(['صالحی']);
  });
});
