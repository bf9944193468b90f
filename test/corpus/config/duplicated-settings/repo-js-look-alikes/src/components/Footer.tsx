const styles = {
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'space-between',
  padding: 8,
};

export function Footer() {
  return <div style={styles} data-role="Footer" />;
}
