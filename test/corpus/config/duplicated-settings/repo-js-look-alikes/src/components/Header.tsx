const styles = {
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'space-between',
  padding: 8,
};

export function Header() {
  return <div style={styles} data-role="Header" />;
}
