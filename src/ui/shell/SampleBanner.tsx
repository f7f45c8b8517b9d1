import { useT } from '../i18n/use-t';

/** Shown while the synthetic sample is on screen, so nobody mistakes it for real statistics. */
export function SampleBanner(props: { onImport: () => void }) {
  const t = useT();
  return (
    <div className="sample-banner" role="note">
      <span>{t.sample.banner}</span>
      <button type="button" onClick={props.onImport}>{t.sample.importOwn}</button>
    </div>
  );
}
