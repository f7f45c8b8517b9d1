/** Shown while the synthetic sample is on screen, so nobody mistakes it for real statistics. */
export function SampleBanner(props: { onImport: () => void }) {
  return (
    <div className="sample-banner" role="note">
      <span>当前显示示例数据（合成数据，非真实统计）</span>
      <button type="button" onClick={props.onImport}>导入自己的数据</button>
    </div>
  );
}
