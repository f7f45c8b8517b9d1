/**
 * 打印画像: the community's profile as an A4 page through the same print report as the 汇报篮
 * (src/ui/print): its summary paragraph, the percentile chart, the table of every metric and the
 * trends of its weakest metrics, with source and date in the footer of every page.
 */
import { useState } from 'react';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';
import type { ProfileModel } from './profile-view-model';

export function ProfilePrint({ model, title, subtitle }: { model: ProfileModel; title: string; subtitle: string }) {
  const t = useT();
  const lang = useLang();
  const [busy, setBusy] = useState(false);
  const onPrint = async () => {
    setBusy(true);
    try {
      const [{ printReport }, words] = await Promise.all([import('../../print/print-report'), import('../../../export/export-words')]);
      const ew = words.exportWords(lang);
      await printReport({
        title, subtitle, narrative: model.narrative, narrativeHeading: t.profile.narrative, lang,
        items: [
          { kind: 'chart', spec: model.percentile },
          { kind: 'table', spec: model.table },
          ...model.trends.map((tr) => ({ kind: 'chart' as const, spec: tr.spec })),
        ],
        footer: ew.footer(model.percentile.source, words.exportDateText(new Date(), lang)),
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" onClick={() => { void onPrint(); }} disabled={busy}>
      {t.profile.print}
    </button>
  );
}
