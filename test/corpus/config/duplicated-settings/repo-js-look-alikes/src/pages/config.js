import CodeMirror from 'codemirror';

export function mountconfig(el) {
  return CodeMirror.fromTextArea(el, {
    lineNumbers: true,
    lineWrapping: true,
    mode: 'htmlmixed',
    theme: 'default',
  });
}
